namespace AllianceRules.Testing;

/// <summary>
/// An expectation the rules did not meet: what was expected, what was drawn, and the rules and
/// claims behind what was drawn, so that a reader sees which part of the theory disagrees.
/// </summary>
public sealed record ExpectationFailure
{
    internal ExpectationFailure()
    {
    }

    /// <summary>The expectation.</summary>
    public ConclusionExpectation Expectation { get; internal init; } = null!;

    /// <summary>The expected value, or for a list its expected items, written as in a test file: <c>"Balance"</c>, <c>["AloneAtSea", "Abandonment,Soviet Union"]</c>.</summary>
    public string Expected { get; internal init; } = "";

    /// <summary>The value drawn (<c>"(none)"</c> when no rule drew it), or for a list the items drawn, written as <see cref="Expected"/> is.</summary>
    public string Actual { get; internal init; } = "";

    /// <summary>For a list, the expected items that were not drawn, in the order written.</summary>
    public IReadOnlyList<string> Missing { get; internal init; } = [];

    /// <summary>For a list that must match exactly, the items drawn that were not expected, in key order.</summary>
    public IReadOnlyList<string> Unexpected { get; internal init; } = [];

    /// <summary>
    /// What the rules drew there, with the rules and claims behind it: the conclusion, or for a list
    /// the items drawn (only the unexpected ones, for <see cref="ExpectationKind.Exactly"/>); empty
    /// when nothing was drawn.
    /// </summary>
    public IReadOnlyList<DrawnConclusion> Drawn { get; internal init; } = [];
}
