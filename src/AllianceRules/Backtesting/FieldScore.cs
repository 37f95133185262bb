namespace AllianceRules.Backtesting;

/// <summary>One field of an episode's record scored by the rulebook and by every baseline, on the same field.</summary>
/// <param name="Theory">The rulebook's prediction against the record, with what drew it.</param>
/// <param name="Baselines">Each baseline's prediction, in the order of <see cref="Baseline"/>.</param>
public sealed record FieldScore(BacktestComparison Theory, IReadOnlyList<BaselineCall> Baselines);
