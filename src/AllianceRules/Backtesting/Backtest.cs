using System.Text.Json.Serialization;

namespace AllianceRules.Backtesting;

/// <summary>The prediction compared with what was observed, for a scenario that records an outcome.</summary>
/// <param name="Matches">
/// Whether the rulebook matches the record: no field misses and at least one matches. An
/// episode on which the rulebook abstains in every field neither matches nor misses.
/// </param>
/// <param name="Misses">Each observed field the rules did not predict.</param>
public sealed record Backtest(bool Matches, IReadOnlyList<BacktestMiss> Misses)
{
    /// <summary>The fields on which the rulebook is silent (NoClaim, or no conclusion drawn): coverage, not accuracy.</summary>
    public IReadOnlyList<string> Abstentions { get; init; } = [];

    /// <summary>Every observed field held against the prediction, matched, missed or abstained, in the record's order.</summary>
    [JsonIgnore]
    public IReadOnlyList<BacktestComparison> Comparisons { get; init; } = [];

    /// <summary>Whether the rulebook abstains on every field the record holds: the episode is coverage only.</summary>
    [JsonIgnore]
    public bool AbstainsOnEveryField => Misses.Count == 0 && !Matches && Abstentions.Count > 0;
}
