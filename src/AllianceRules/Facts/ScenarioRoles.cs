using AllianceRules.Scenarios;

namespace AllianceRules.Facts;

/// <summary>
/// Who plays the two fixed roles of the theory: the hedging state and its neighbour. Rules
/// reason over these roles, never over country names; the built-in profiles fill them with
/// Vietnam and China.
/// </summary>
public sealed record ScenarioRoles : IDescribedFact
{
    private readonly string _hedgingState = ActorProfiles.Vietnam;
    private readonly string _neighbour = ActorProfiles.China;

    /// <summary>The roles of the article: Vietnam hedging, China the neighbour.</summary>
    public static ScenarioRoles Default { get; } = new();

    /// <summary>The smaller state that hedges between its neighbour and the great powers.</summary>
    public string HedgingState { get => _hedgingState; init => _hedgingState = value ?? ActorProfiles.Vietnam; }

    /// <summary>The large neighbour whose behaviour sets the state of relations.</summary>
    public string Neighbour { get => _neighbour; init => _neighbour = value ?? ActorProfiles.China; }

    /// <inheritdoc/>
    public string Describe() => $"{HedgingState} hedges; {Neighbour} is the neighbour";
}
