using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>One field of the record held against the prediction, with what drew the prediction.</summary>
/// <param name="Field">What is compared: <c>posture</c>, <c>responses[From,Kind].decision</c> or <c>risks[Risk]</c>.</param>
/// <param name="Predicted">
/// What the rulebook concluded: a value; <c>NoClaim</c> or <c>(no such offer)</c> where it is silent;
/// for a risk, <c>present</c> when it drew the risk and <c>absent</c> when it did not.
/// </param>
/// <param name="Observed">What happened (for a risk, <c>present</c> or <c>absent</c>).</param>
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
    /// <summary>Whether the rulebook speaks on the field and matches, misses, or abstains (NoClaim or nothing drawn).</summary>
    public FieldResult Result { get; init; } = FieldResult.Miss;

    /// <summary>The record's post hoc mark on this field, when its match follows a rule change made after the miss was seen.</summary>
    public PostHocMark? PostHoc { get; init; }

    /// <summary>Whether the prediction matches the record.</summary>
    public bool Matches => Result == FieldResult.Match;

    /// <summary>Whether this is a match the record marks post hoc: fitted, not confirmed.</summary>
    public bool MatchesPostHoc => Matches && PostHoc is not null;
}
