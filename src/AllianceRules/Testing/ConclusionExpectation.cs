using AllianceRules.Conclusions;

namespace AllianceRules.Testing;

/// <summary>
/// One expectation of a scenario test, checked: a conclusion and its expected value, or a list of
/// conclusions and the ones it must contain (or hold exactly).
/// </summary>
public sealed record ConclusionExpectation
{
    internal ConclusionExpectation()
    {
    }

    /// <summary>Where the expectation is written in its test file, such as <c>$.cases[0].expect.posture</c>.</summary>
    public string Path { get; internal init; } = "";

    /// <summary>How the conclusion is compared.</summary>
    public ExpectationKind Kind { get; internal init; }

    /// <summary>The conclusion key (<see cref="ExpectationKind.Value"/>) or the list (<c>risks</c>, <c>commitments[United States].gaps</c>), as written.</summary>
    public string Subject { get; internal init; } = "";

    /// <summary>For <see cref="ExpectationKind.Value"/>, the conclusion; null for a list.</summary>
    public ConclusionKey? Key { get; internal init; }

    /// <summary>For <see cref="ExpectationKind.Value"/>, the expected value (one of <see cref="ConclusionKey.ValuesOf"/>); null for a list.</summary>
    public string? Value { get; internal init; }

    /// <summary>For a list, the conclusions expected in it, in the order written; empty for a value.</summary>
    public IReadOnlyList<ConclusionKey> Items { get; internal init; } = [];

    /// <summary>For a list, how it selects drawn conclusions.</summary>
    internal ConclusionList? List { get; init; }
}
