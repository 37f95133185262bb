namespace AllianceRules.Testing;

/// <summary>The outcome of one scenario test: it passes when the rules drew an assessment that meets every expectation.</summary>
public sealed record ScenarioTestResult
{
    internal ScenarioTestResult()
    {
    }

    /// <summary>The test.</summary>
    public ScenarioTest Test { get; internal init; } = null!;

    /// <summary>Whether every expectation was met.</summary>
    public bool Passed => Error is null && Failures.Count == 0;

    /// <summary>The expectations not met, in the order of <see cref="ScenarioTest.Expectations"/>.</summary>
    public IReadOnlyList<ExpectationFailure> Failures { get; internal init; } = [];

    /// <summary>
    /// Why the rules drew no assessment, when they did not: with claims or rules switched off,
    /// the rule set may draw no posture (a <see cref="RulebookException"/>). The test then fails.
    /// </summary>
    public string? Error { get; internal init; }

    /// <summary>
    /// The rules that drew a fact in the assessment, ordered by name: those behind its conclusions,
    /// and those whose facts only stand in another rule's way, which show in no justification.
    /// Empty when <see cref="Error"/> is set.
    /// </summary>
    public IReadOnlyList<string> RulesFired { get; internal init; } = [];

    /// <summary>The assessment the expectations were checked against; null when <see cref="Error"/> is set.</summary>
    public Assessment? Assessment { get; internal init; }
}
