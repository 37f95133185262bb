namespace AllianceRules.Backtesting;

/// <summary>One observed field the rules did not predict, with what drew the prediction.</summary>
/// <param name="Field">Which field: <c>posture</c>, <c>responses[From,Kind].decision</c> or <c>risks[Risk]</c>.</param>
/// <param name="Predicted">What the rules concluded (<c>(none)</c> when they drew nothing).</param>
/// <param name="Observed">What the record shows.</param>
/// <param name="Rules">The rules that drew the predicted value; empty when no rule drew it.</param>
/// <param name="Claims">The claims those rules cite.</param>
/// <param name="Decisions">The project's decisions the predicted value rests on.</param>
public sealed record BacktestMiss(
    string Field,
    string Predicted,
    string Observed,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Decisions);
