namespace AllianceRules.Backtesting;

/// <summary>The prediction compared with what was observed, for a scenario that records an outcome.</summary>
/// <param name="Matches">Whether every observed field was predicted.</param>
/// <param name="Misses">Each observed field the rules did not predict.</param>
public sealed record Backtest(bool Matches, IReadOnlyList<BacktestMiss> Misses);
