namespace AllianceRules.Facts;

/// <summary>The domains a commitment or a coercion event concerns.</summary>
public enum Domain
{
    /// <summary>The continental domain.</summary>
    Land,

    /// <summary>The maritime domain.</summary>
    Sea,
}
