using AllianceRules.Conclusions;
using AllianceRules.Engine;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>
/// Compares an assessment with the record: the one place a prediction is held against what
/// happened (D17). Every field the record holds is compared, and each carries the rules, claims
/// and decisions behind the predicted value, so that a miss says what drew it.
/// </summary>
internal static class Backtester
{
    public static Backtest Compare(ObservedOutcome observed, Assessment assessment)
    {
        var comparisons = new List<BacktestComparison>();
        if (observed.Posture is { } posture)
        {
            comparisons.Add(Compare("posture", [assessment.Posture], posture.ToString()));
        }

        foreach (var response in observed.Responses)
        {
            var key = ConclusionKey.Response(response.From, response.Kind);
            var comparison = Compare($"{key}.decision", assessment.Find(key), response.Decision.ToString());
            comparisons.Add(comparison.Predicted == ConclusionMap.Absent ? comparison with { Predicted = "(no such offer)" } : comparison);
        }

        foreach (var risk in observed.Risks)
        {
            var drawn = assessment.Risks.Where(r => r.Risk == risk).ToArray();
            comparisons.Add(Compare($"risks[{risk}]", drawn, ConclusionMap.Present));
        }

        var misses = comparisons
            .Where(c => !c.Matches)
            .Select(c => new BacktestMiss(c.Field, c.Predicted, c.Observed, c.Rules, c.Claims, c.Decisions))
            .ToArray();
        return new Backtest(misses.Length == 0, misses) { Comparisons = comparisons };
    }

    private static BacktestComparison Compare(string field, IReadOnlyList<IFinding> findings, string observed)
    {
        var predicted = findings.Select(f => f.Value).Distinct().ToArray();
        var because = findings.SelectMany(f => f.Because).ToArray();
        return new BacktestComparison(
            field,
            predicted.Length == 0 ? ConclusionMap.Absent : string.Join(", ", predicted),
            observed,
            [.. because.Select(j => j.Rule).Distinct().Order(StringComparer.Ordinal)],
            ClaimIds.Order(findings.SelectMany(f => f.Claims)),
            ClaimIds.Order(findings.SelectMany(f => f.Decisions)));
    }
}
