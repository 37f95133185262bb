namespace AllianceRules.Scenarios;

/// <summary>
/// Marks a field of the record whose match follows a rule change made after its miss was seen
/// (history.md, "Changes in v3"). The scorecard counts such a match apart: it is fitted, not
/// confirmed.
/// </summary>
public sealed record PostHocMark
{
    /// <summary>
    /// The field, as the backtest names it: <c>posture</c>, <c>responses[From,Kind].decision</c>
    /// or <c>risks[Risk]</c>; it must be a field the record holds.
    /// </summary>
    public required string Field { get; init; }

    /// <summary>The rulebook version whose change made the field match, such as <c>3.0.0</c>.</summary>
    public required string Rulebook { get; init; }

    /// <summary>The change that made it match, in words a reader can find in the rulebook's list of changes.</summary>
    public required string Change { get; init; }
}
