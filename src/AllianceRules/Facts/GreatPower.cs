using System.Text.Json.Serialization;

namespace AllianceRules.Facts;

/// <summary>A great power that deals with the hedging state. Names are unique in a scenario.</summary>
[RetiredJsonProperty("respectsPoliticalSystem", "was replaced by politicalSystem in rulebook 3 (Affirmed, Partial or NotAffirmed; true was Affirmed, false NotAffirmed)")]
public sealed record GreatPower : IDescribedFact
{
    // Stored negated, so that the default of the field is the default of the attribute (capable).
    private bool _notCapable;

    /// <summary>The power's name, as offers and geography refer to it.</summary>
    public required string Name { get; init; }

    /// <summary>The power lies outside the region (C08).</summary>
    public required bool ExtraRegional { get; init; }

    /// <summary>The power's stance toward the neighbour.</summary>
    public required Stance Stance { get; init; }

    /// <summary>The power's resolve to contain the neighbour over the long term (C47, C49).</summary>
    public required Resolve Resolve { get; init; }

    /// <summary>The power avoids a land war in the region (C33).</summary>
    public required bool AvoidsLandWar { get; init; }

    /// <summary>
    /// Whether the power has affirmed respect for the hedging state's political system (C44). It
    /// replaces the two-valued <c>respectsPoliticalSystem</c> of rulebook 2: true was
    /// <see cref="PoliticalSystem.Affirmed"/>, false <see cref="PoliticalSystem.NotAffirmed"/>.
    /// </summary>
    public required PoliticalSystem PoliticalSystem { get; init; }

    /// <summary>
    /// The power can supply the security and aid it offers (C27); true unless given. False once
    /// it no longer can, as the Soviet Union by 1991.
    /// </summary>
    [JsonIgnore]
    public bool Capable { get => !_notCapable; init => _notCapable = !value; }

    /// <summary>
    /// <see cref="Capable"/> as JSON reads and writes it. The source-generated reader gives every
    /// init-only property a value, the type's default when the property is absent, which would make
    /// an omitted <c>capable</c> false; a plain setter is called only for what the JSON holds.
    /// </summary>
    [JsonInclude]
    [JsonPropertyName("capable")]
    internal bool CapableInJson { get => Capable; set => _notCapable = !value; }

    /// <inheritdoc/>
    public string Describe()
    {
        var traits = new List<string>
        {
            ExtraRegional ? "extra-regional" : "regional",
            Phrases.Of(Stance),
            Phrases.Of(Resolve),
            AvoidsLandWar ? "avoids a land war" : "will fight on land",
            Phrases.Of(PoliticalSystem),
        };
        if (!Capable)
        {
            traits.Add("no longer capable of the security and aid it offers");
        }

        return $"{Name}: {string.Join(", ", traits)}";
    }
}
