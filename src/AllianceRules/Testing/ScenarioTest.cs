namespace AllianceRules.Testing;

/// <summary>
/// One case of a scenario test file, read and checked: its scenario resolved (inline, from a file
/// or built in), the claims and rules it switches off, and its expectations, ready to run.
/// </summary>
public sealed record ScenarioTest
{
    internal ScenarioTest()
    {
    }

    /// <summary>The test file, as its reader was given it.</summary>
    public string File { get; internal init; } = "";

    /// <summary>The case's name, unique in its file.</summary>
    public string Name { get; internal init; } = "";

    /// <summary>Where the case is written in its file, such as <c>$.cases[2]</c>.</summary>
    public string Path { get; internal init; } = "";

    /// <summary>The scenario assessed (valid).</summary>
    public Scenario Scenario { get; internal init; } = null!;

    /// <summary>Claim IDs the case switches off, in the order written.</summary>
    public IReadOnlyList<string> DisabledClaims { get; internal init; } = [];

    /// <summary>Rule names the case switches off, in the order written.</summary>
    public IReadOnlyList<string> DisabledRules { get; internal init; } = [];

    /// <summary>What the case expects: values first, then lists that must contain, then lists that must match exactly, each in the order written.</summary>
    public IReadOnlyList<ConclusionExpectation> Expectations { get; internal init; } = [];
}
