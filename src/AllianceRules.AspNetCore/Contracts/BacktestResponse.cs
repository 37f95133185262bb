using AllianceRules.Backtesting;

namespace AllianceRules.AspNetCore.Contracts;

/// <summary>GET backtest: the <see cref="Scorecard"/> of the built-in episodes.</summary>
internal sealed record BacktestResponse(string DecisionId, string Rulebook, IReadOnlyList<ScorecardSet> Sets, IReadOnlyList<EpisodeScore> Unrecorded, int Misses);
