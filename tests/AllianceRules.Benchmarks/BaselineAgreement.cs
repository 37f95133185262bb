using AllianceRules.Conclusions;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Benchmarks;

/// <summary>
/// Whether the hand-written baseline still draws what the engine draws, at every point of the
/// decision table and in every built-in episode. A ratio against a baseline that concludes
/// something else measures two different theories, so the benchmark checks this before it compares,
/// and <c>--check-baseline</c> lists the disagreements when the baseline is being brought up to date.
/// (This is the baseline's check, not a test of the theory: what the rulebook draws is pinned by
/// the snapshots, what the article expects by tests/theory.)
/// </summary>
public static class BaselineAgreement
{
    /// <summary>Every conclusion on which the baseline and the engine disagree, first the table's rows then the episodes; empty when they agree.</summary>
    /// <param name="max">How many to list at most.</param>
    /// <returns>One line per disagreement.</returns>
    public static IReadOnlyList<string> Disagreements(int max = 20)
    {
        var engine = new AllianceAssessor();
        var table = DecisionTable.InputSpace().Select(p => (Name: $"row {p.Scenario.Relation.Level}/{p.Stance}/{p.Offer}", p.Scenario));
        var episodes = HistoricalScenarios.All.Select(s => (Name: s.Id!, Scenario: s));
        return [.. table.Concat(episodes).SelectMany(x => Diff(engine, x.Scenario).Select(d => $"{x.Name}: {d}")).Take(max)];
    }

    /// <summary>Why the baseline may not be compared with the engine (stale or disagreeing), or null when it may.</summary>
    /// <returns>The reason, or null.</returns>
    public static string? Refusal()
    {
        if (HandWrittenRulebook.Stale is { } stale)
        {
            return stale;
        }

        var disagreements = Disagreements(max: 3);
        return disagreements.Count == 0
            ? null
            : "the hand-written baseline disagrees with the engine (run with --check-baseline for the list), e.g. " + string.Join("; ", disagreements);
    }

    private static IEnumerable<string> Diff(AllianceAssessor engine, Scenario scenario)
    {
        var drawn = ConclusionMap.Of(engine.Assess(scenario)).ToDictionary(c => c.Key.ToString(), c => c.Value, StringComparer.Ordinal);
        var baseline = HandWrittenRulebook.Assess(scenario);
        return drawn.Keys.Union(baseline.Keys)
            .Order(StringComparer.Ordinal)
            .Where(k => ValueOf(drawn, k) != ValueOf(baseline, k))
            .Select(k => $"{k}: engine {ValueOf(drawn, k)}, baseline {ValueOf(baseline, k)}");
    }

    private static string ValueOf(Dictionary<string, string> conclusions, string key) =>
        conclusions.TryGetValue(key, out var value) ? value : ConclusionMap.Absent;
}
