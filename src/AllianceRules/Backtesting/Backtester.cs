using AllianceRules.Claims;
using AllianceRules.Conclusions;
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
            var drawn = new List<IFinding>();
            foreach (var finding in assessment.Responses)
            {
                if (finding.Key == key)
                {
                    drawn.Add(finding);
                }
            }

            var comparison = Compare($"{key}.decision", drawn, response.Decision.ToString());
            comparisons.Add(comparison.Predicted == ConclusionMap.Absent ? comparison with { Predicted = "(no such offer)" } : comparison);
        }

        foreach (var risk in observed.Risks)
        {
            var drawn = new List<IFinding>();
            foreach (var finding in assessment.Risks)
            {
                if (finding.Risk == risk)
                {
                    drawn.Add(finding);
                }
            }

            comparisons.Add(Compare($"risks[{risk}]", drawn, ConclusionMap.Present));
        }

        var misses = new List<BacktestMiss>();
        foreach (var c in comparisons)
        {
            if (!c.Matches)
            {
                misses.Add(new BacktestMiss(c.Field, c.Predicted, c.Observed, c.Rules, c.Claims, c.Decisions));
            }
        }

        return new Backtest(misses.Count == 0, [.. misses]) { Comparisons = comparisons };
    }

    private static BacktestComparison Compare(string field, List<IFinding> findings, string observed)
    {
        var predicted = new List<string>(findings.Count);
        var rules = new List<string>();
        var claims = new List<string>();
        var decisions = new List<string>();
        foreach (var finding in findings)
        {
            if (!predicted.Contains(finding.Value))
            {
                predicted.Add(finding.Value);
            }

            foreach (var justification in finding.Because)
            {
                rules.Add(justification.Rule);
            }

            claims.AddRange(finding.Claims);
            decisions.AddRange(finding.Decisions);
        }

        rules.Sort(StringComparer.Ordinal);
        var distinctRules = new List<string>(rules.Count);
        foreach (var rule in rules)
        {
            if (distinctRules.Count == 0 || !string.Equals(distinctRules[^1], rule, StringComparison.Ordinal))
            {
                distinctRules.Add(rule);
            }
        }

        return new BacktestComparison(
            field,
            predicted.Count == 0 ? ConclusionMap.Absent : string.Join(", ", predicted),
            observed,
            [.. distinctRules],
            ClaimIds.OrderInPlace(claims),
            ClaimIds.OrderInPlace(decisions));
    }
}
