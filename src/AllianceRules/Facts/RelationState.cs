using System.Text.Json.Serialization;

namespace AllianceRules.Facts;

/// <summary>
/// The state of relations between the hedging state and its neighbour: the one fact every
/// scenario must have, because it alone decides the hedging state's strategy (C01, C02).
/// </summary>
public sealed record RelationState : IDescribedFact
{
    /// <summary>How relations stand.</summary>
    public required RelationLevel Level { get; init; }

    /// <summary>
    /// The hedging state tried to settle its differences with the neighbour and the attempt
    /// failed (C20). Defaults to <see langword="false"/>.
    /// </summary>
    public bool SettlementFailed { get; init; }

    /// <summary>Relations are bad: <see cref="RelationLevel.Strained"/> or <see cref="RelationLevel.Hostile"/>.</summary>
    [JsonIgnore]
    public bool IsBad => Level is RelationLevel.Strained or RelationLevel.Hostile;

    /// <inheritdoc/>
    public string Describe() => $"relations are {Phrases.Of(Level)}; settlement {(SettlementFailed ? "tried and failed" : "not yet failed")}";
}
