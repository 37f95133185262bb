namespace AllianceRules.Backtesting;

/// <summary>One episode of the scorecard: what the rulebook predicted and how it compares with the record.</summary>
/// <param name="Scenario">The scenario's ID.</param>
/// <param name="Date">The scenario's date.</param>
/// <param name="Posture">The posture the rulebook predicted.</param>
/// <param name="Backtest">The comparison with the record; null when the scenario records no outcome.</param>
public sealed record EpisodeScore(string Scenario, string? Date, string Posture, Backtest? Backtest)
{
    /// <summary>Whether the episode has a record and matches it in every field.</summary>
    public bool Matches => Backtest is { Matches: true };
}
