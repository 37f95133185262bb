using AllianceRules.Benchmarks;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Theory;

/// <summary>
/// The hand-written baseline of the benchmarks is a second implementation of the rulebook: while
/// it declares the rulebook version this build compiles (<see cref="HandWrittenRulebook.RulebookVersion"/>),
/// it must agree with the engine on every conclusion, at every point of the decision table and in
/// every built-in episode. That keeps the benchmark ratio honest. When a theory change moves the
/// rulebook on, these tests are skipped with the reason (<see cref="BaselineFactAttribute"/>) and
/// the benchmarks refuse the ratio, until the baseline is brought up to date.
/// </summary>
public class HandWrittenBaselineAgreementTests
{
    [BaselineFact]
    public void Baseline_AgreesWithTheEngine_OnEveryDecisionTableRow()
    {
        var disagreements = DecisionTable.InputSpace()
            .AsParallel()
            .Select(point => (point, Diff(point.Scenario)))
            .Where(x => x.Item2.Length > 0)
            .Select(x => $"{x.point.Scenario.Relation.Level}/{x.point.Stance}/{x.point.Offer}: {string.Join("; ", x.Item2)}")
            .Take(5)
            .ToArray();

        Assert.True(disagreements.Length == 0, "The baseline disagrees with the engine (first 5 rows):\n" + string.Join("\n", disagreements));
    }

    [BaselineFact]
    public void Baseline_AgreesWithTheEngine_OnEveryBuiltInEpisode()
    {
        var disagreements = HistoricalScenarios.All.SelectMany(s => Diff(s).Select(d => $"{s.Id}: {d}")).ToArray();

        Assert.True(disagreements.Length == 0, "The baseline disagrees with the engine:\n" + string.Join("\n", disagreements));
    }

    [Fact]
    public void Baseline_DeclaresASemVerRulebookVersion()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", HandWrittenRulebook.RulebookVersion);
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
