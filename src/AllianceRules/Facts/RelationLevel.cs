namespace AllianceRules.Facts;

/// <summary>The state of relations between the hedging state and its neighbour.</summary>
public enum RelationLevel
{
    /// <summary>Relations are good ("good or stable").</summary>
    Good,

    /// <summary>Relations are stable ("good or stable").</summary>
    Stable,

    /// <summary>Relations are bad: strained.</summary>
    Strained,

    /// <summary>Relations are bad: a sharp deterioration or armed conflict.</summary>
    Hostile,
}
