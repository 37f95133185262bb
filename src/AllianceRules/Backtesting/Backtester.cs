using AllianceRules.Conclusions;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>Compares an assessment with the record: the one place a prediction is held against what happened.</summary>
internal static class Backtester
{
    public static Backtest Compare(ObservedOutcome observed, Assessment assessment)
    {
        var comparisons = new List<BacktestComparison>();
        var misses = new List<BacktestMiss>();
        if (observed.Posture is { } observedPosture)
        {
            var predicted = assessment.Posture.Value.ToString();
            comparisons.Add(new BacktestComparison("posture", predicted, observedPosture.ToString()));
            if (observedPosture != assessment.Posture.Value)
            {
                misses.Add(new BacktestMiss("posture", predicted, observedPosture.ToString()));
            }
        }

        foreach (var response in observed.Responses)
        {
            var key = ConclusionKey.Response(response.From, response.Kind);
            var predicted = assessment.Find(key).Select(f => f.Value).Distinct().ToArray();
            var shown = predicted.Length == 0 ? "(no such offer)" : string.Join(", ", predicted);
            comparisons.Add(new BacktestComparison($"{key}.decision", shown, response.Decision.ToString()));
            if (predicted.Length != 1 || predicted[0] != response.Decision.ToString())
            {
                misses.Add(new BacktestMiss($"{key}.decision", shown, response.Decision.ToString()));
            }
        }

        var predictedRisks = assessment.Risks.Select(r => r.Risk).ToHashSet();
        foreach (var risk in observed.Risks)
        {
            var drawn = predictedRisks.Contains(risk);
            comparisons.Add(new BacktestComparison($"risks[{risk}]", drawn ? ConclusionMap.Present : ConclusionMap.Absent, ConclusionMap.Present));
            if (!drawn)
            {
                misses.Add(new BacktestMiss(
                    "risks",
                    predictedRisks.Count == 0 ? "(none)" : string.Join(", ", predictedRisks.Order()),
                    risk.ToString()));
            }
        }

        return new Backtest(misses.Count == 0, misses) { Comparisons = comparisons };
    }
}
