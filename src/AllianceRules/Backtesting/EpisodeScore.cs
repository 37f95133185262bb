namespace AllianceRules.Backtesting;

/// <summary>One episode of the scorecard: what the rulebook predicted and how it compares with the record.</summary>
/// <param name="Scenario">The scenario's ID.</param>
/// <param name="Date">The scenario's date.</param>
/// <param name="Posture">The posture the rulebook predicted.</param>
/// <param name="Backtest">The comparison with the record; null when the scenario records no outcome.</param>
public sealed record EpisodeScore(string Scenario, string? Date, string Posture, Backtest? Backtest)
{
    /// <summary>Whether the episode has a record, the rulebook misses no field of it and matches at least one.</summary>
    public bool Matches => Backtest is { Matches: true };

    /// <summary>Whether the episode has a record and the rulebook misses at least one field of it.</summary>
    public bool Misses => Backtest is { Misses.Count: > 0 };

    /// <summary>Whether the rulebook abstains on every field of the record: the episode counts as coverage only.</summary>
    public bool Abstains => Backtest is { AbstainsOnEveryField: true };

    /// <summary>Each field of the record, scored by the rulebook and by each baseline, in the record's order.</summary>
    public IReadOnlyList<FieldScore> Fields { get; init; } = [];

    /// <summary>The decisions the episode's coding rests on (<see cref="AllianceRules.Scenario.CodingDecisions"/>), shown beside its score.</summary>
    public IReadOnlyList<string> CodingDecisions { get; init; } = [];
}
