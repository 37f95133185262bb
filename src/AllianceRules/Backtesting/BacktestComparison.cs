namespace AllianceRules.Backtesting;

/// <summary>One field of the record held against the prediction.</summary>
/// <param name="Field">What is compared: <c>posture</c>, <c>responses[From,Kind].decision</c> or <c>risks[Risk]</c>.</param>
/// <param name="Predicted">What the rulebook concluded.</param>
/// <param name="Observed">What happened.</param>
public sealed record BacktestComparison(string Field, string Predicted, string Observed)
{
    /// <summary>Whether the prediction matches the record.</summary>
    public bool Matches => Predicted == Observed;
}
