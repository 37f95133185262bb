using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>How the hedging state was observed to answer one offer.</summary>
public sealed record ObservedResponse
{
    /// <summary>The great power that made the offer.</summary>
    public required string From { get; init; }

    /// <summary>The kind of offer.</summary>
    public required OfferKind Kind { get; init; }

    /// <summary>What the hedging state did with it.</summary>
    public required Decision Decision { get; init; }
}
