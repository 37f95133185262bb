namespace AllianceRules.Facts;

/// <summary>A great power that deals with the hedging state. Names are unique in a scenario.</summary>
public sealed record GreatPower : IDescribedFact
{
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

    /// <summary>The power respects the hedging state's political system (C44).</summary>
    public required bool RespectsPoliticalSystem { get; init; }

    /// <inheritdoc/>
    public string Describe()
    {
        var traits = new List<string>
        {
            ExtraRegional ? "extra-regional" : "regional",
            $"stance {Stance}",
            $"resolve {Resolve}",
            AvoidsLandWar ? "avoids a land war" : "will fight on land",
            RespectsPoliticalSystem ? "respects the political system" : "does not respect the political system",
        };
        return $"{Name}: {string.Join(", ", traits)}";
    }
}
