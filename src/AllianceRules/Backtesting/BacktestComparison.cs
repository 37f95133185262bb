namespace AllianceRules.Backtesting;

/// <summary>One field of the record held against the prediction, with what drew the prediction.</summary>
/// <param name="Field">What is compared: <c>posture</c>, <c>responses[From,Kind].decision</c> or <c>risks[Risk]</c>.</param>
/// <param name="Predicted">What the rulebook concluded (<c>(none)</c> when it drew nothing).</param>
/// <param name="Observed">What happened.</param>
/// <param name="Rules">The rules that drew the predicted value; empty when no rule drew it.</param>
/// <param name="Claims">The claims those rules cite.</param>
/// <param name="Decisions">The project's decisions the predicted value rests on.</param>
public sealed record BacktestComparison(
    string Field,
    string Predicted,
    string Observed,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Decisions)
{
    /// <summary>Whether the prediction matches the record.</summary>
    public bool Matches => Predicted == Observed;
}
