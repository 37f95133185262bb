using AllianceRules.Benchmarks;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Theory;

/// <summary>
/// The hand-written baseline of the benchmarks is a second implementation of the rulebook: it
/// must agree with the engine on every conclusion, at every point of the decision table and in
/// every built-in episode. That keeps the benchmark ratio honest and guards the rules.
/// </summary>
public class HandWrittenBaselineAgreementTests
{
    [Fact]
    public void Baseline_AgreesWithTheEngine_OnEveryDecisionTableRow()
    {
        var disagreements = DecisionTable.InputSpace()
            .AsParallel()
            .Select(point => (point, Diff(point.Scenario)))
            .Where(x => x.Item2.Length > 0)
            .Select(x => $"{x.point.Scenario.Relation.Level}/{x.point.Stance}/{x.point.Offer}: {string.Join("; ", x.Item2)}")
            .Take(5)
            .ToArray();

        Assert.Empty(disagreements);
    }

    [Fact]
    public void Baseline_AgreesWithTheEngine_OnEveryBuiltInEpisode()
    {
        Assert.All(HistoricalScenarios.All, scenario => Assert.Empty(Diff(scenario)));
    }

    private static string[] Diff(Scenario scenario)
    {
        var engine = ConclusionMap.Of(TestEngine.Assess(scenario)).ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal);
        var baseline = HandWrittenRulebook.Assess(scenario);
        return engine.Keys.Union(baseline.Keys)
            .Where(k => ValueOf(engine, k) != ValueOf(baseline, k))
            .Select(k => $"{k}: engine {ValueOf(engine, k)}, baseline {ValueOf(baseline, k)}")
            .ToArray();
    }

    private static string ValueOf(Dictionary<string, string> conclusions, string key) =>
        conclusions.TryGetValue(key, out var value) ? value : ConclusionMap.Absent;
}
