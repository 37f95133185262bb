using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The state of relations between the hedging state and its neighbour.</summary>
public enum RelationLevel
{
    /// <summary>Relations are good ("good or stable").</summary>
    [Description("good")]
    Good,

    /// <summary>Relations are stable ("good or stable").</summary>
    [Description("stable")]
    Stable,

    /// <summary>Relations are bad: strained.</summary>
    [Description("strained")]
    Strained,

    /// <summary>Relations are bad: a sharp deterioration or armed conflict.</summary>
    [Description("hostile")]
    Hostile,
}
