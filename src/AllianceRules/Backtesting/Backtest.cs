using System.Text.Json.Serialization;

namespace AllianceRules.Backtesting;

/// <summary>The prediction compared with what was observed, for a scenario that records an outcome.</summary>
/// <param name="Matches">Whether every observed field was predicted.</param>
/// <param name="Misses">Each observed field the rules did not predict.</param>
public sealed record Backtest(bool Matches, IReadOnlyList<BacktestMiss> Misses)
{
    /// <summary>Every observed field held against the prediction, matched or not, in the record's order.</summary>
    [JsonIgnore]
    public IReadOnlyList<BacktestComparison> Comparisons { get; init; } = [];
}
