using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>Compares a prediction with the observed outcome: every observed field must be predicted.</summary>
internal static class Backtester
{
    public static Backtest Compare(
        ObservedOutcome observed,
        PostureFinding posture,
        IReadOnlyList<ResponseFinding> responses,
        IReadOnlyList<RiskFinding> risks)
    {
        var misses = new List<BacktestMiss>();
        if (observed.Posture is { } observedPosture && observedPosture != posture.Value)
        {
            misses.Add(new BacktestMiss("posture", posture.Value.ToString(), observedPosture.ToString()));
        }

        foreach (var response in observed.Responses)
        {
            var predicted = responses
                .Where(r => r.From == response.From && r.Kind == response.Kind)
                .Select(r => r.Decision)
                .Distinct()
                .ToArray();
            if (predicted.Length != 1 || predicted[0] != response.Decision)
            {
                misses.Add(new BacktestMiss(
                    $"responses[{response.From},{response.Kind}].decision",
                    predicted.Length == 0 ? "(no such offer)" : string.Join(", ", predicted),
                    response.Decision.ToString()));
            }
        }

        var predictedRisks = risks.Select(r => r.Risk).ToHashSet();
        foreach (var risk in observed.Risks.Where(r => !predictedRisks.Contains(r)))
        {
            misses.Add(new BacktestMiss(
                "risks",
                predictedRisks.Count == 0 ? "(none)" : string.Join(", ", predictedRisks.Order()),
                risk.ToString()));
        }

        return new Backtest(misses.Count == 0, misses);
    }
}
