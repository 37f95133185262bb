using AllianceRules.Scenarios;
namespace AllianceRules.Tests.Support;

/// <summary>One compiled assessor for the whole test run: compiling is the expensive part, and sharing it is what production does.</summary>
internal static class TestEngine
{
    private static readonly Lazy<AllianceAssessor> Shared = new(() => new AllianceAssessor());

    private static readonly Lazy<AllianceRules.Theory.DecisionTable> SharedTable = new(() => AllianceRules.Theory.DecisionTable.Build(Assessor));

    public static AllianceAssessor Assessor => Shared.Value;

    /// <summary>The decision table of the shared assessor, swept once for every test that reads it (its snapshot, the rulebook's fingerprint).</summary>
    public static AllianceRules.Theory.DecisionTable Table => SharedTable.Value;

    public static Assessment Assess(Scenario scenario) => Assessor.Assess(scenario);

    /// <summary>The derived facts of type <typeparamref name="T"/> with the rule that drew each.</summary>
    public static IReadOnlyList<(T Fact, string Rule, IReadOnlyList<object> Matched)> Derived<T>(Scenario scenario) =>
        Assessor.Derive(ValidScenario.From(scenario))
            .Where(entry => entry.Key is T)
            .Select(entry => ((T)entry.Key, entry.Value.Rule.Name, entry.Value.Matched))
            .OrderBy(entry => entry.Name, StringComparer.Ordinal)
            .ToArray();
}
