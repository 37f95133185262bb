namespace AllianceRules.Backtesting;

/// <summary>One observed field the rules did not predict.</summary>
/// <param name="Field">Which field, such as <c>posture</c>, <c>responses[Soviet Union,AllianceTreaty].decision</c> or <c>risks</c>.</param>
/// <param name="Predicted">What the rules concluded.</param>
/// <param name="Observed">What the record shows.</param>
public sealed record BacktestMiss(string Field, string Predicted, string Observed);
