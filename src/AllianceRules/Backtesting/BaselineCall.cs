namespace AllianceRules.Backtesting;

/// <summary>What a baseline predicts for one field of the record, and how that scores.</summary>
/// <param name="Baseline">The baseline.</param>
/// <param name="Predicted">Its predicted value, in the backtest's words (<c>(silent)</c> when it abstains).</param>
/// <param name="Result">Match, miss, or abstention.</param>
public sealed record BaselineCall(Baseline Baseline, string Predicted, FieldResult Result);
