namespace AllianceRules.Facts;

/// <summary>
/// Who plays the two fixed roles of the theory: the hedging state and its neighbour. Rules
/// reason over these roles, never over country names; the built-in profiles fill them with
/// Vietnam and China.
/// </summary>
public sealed record ScenarioRoles
{
    /// <summary>The roles of the article: Vietnam hedging, China the neighbour.</summary>
    public static ScenarioRoles Default { get; } = new();

    /// <summary>The smaller state that hedges between its neighbour and the great powers.</summary>
    public string HedgingState { get; init; } = "Vietnam";

    /// <summary>The large neighbour whose behaviour sets the state of relations.</summary>
    public string Neighbour { get; init; } = "China";
}
