using System.Globalization;
using System.Text.Json.Serialization;
using AllianceRules.Serialization;

namespace AllianceRules.Facts;

/// <summary>An act of coercion by the neighbour against the hedging state.</summary>
public sealed record CoercionEvent : IDescribedFact
{
    /// <summary>Where the coercion happened.</summary>
    public required Domain Domain { get; init; }

    /// <summary>The year it happened.</summary>
    [JsonConverter(typeof(WholeNumberConverter))]
    public required int Year { get; init; }

    /// <summary>What happened, in free text (for example BorderIncursion, Invasion, MaritimeStandoff).</summary>
    public required string Kind { get; init; }

    /// <inheritdoc/>
    public string Describe() => string.Create(CultureInfo.InvariantCulture, $"{Kind} {(Domain == Domain.Land ? "on land" : "at sea")} in {Year}");
}
