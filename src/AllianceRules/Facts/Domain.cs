using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The domains a commitment or a coercion event concerns.</summary>
public enum Domain
{
    /// <summary>The continental domain.</summary>
    [Description("land")]
    Land,

    /// <summary>The maritime domain.</summary>
    [Description("sea")]
    Sea,
}
