namespace AllianceRules.Testing;

/// <summary>The outcome of running scenario tests: each test's result, the counts, and the rulebook coverage of the run.</summary>
/// <param name="Results">One result per test, in the order run.</param>
/// <param name="Coverage">Which rules fired and which claims were exercised over the run.</param>
public sealed record ScenarioTestRun(IReadOnlyList<ScenarioTestResult> Results, TheoryCoverage Coverage)
{
    /// <summary>How many tests passed.</summary>
    public int Passed => Results.Count(r => r.Passed);

    /// <summary>How many tests failed.</summary>
    public int Failed => Results.Count - Passed;
}
