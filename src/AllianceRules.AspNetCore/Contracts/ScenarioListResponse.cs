namespace AllianceRules.AspNetCore.Contracts;

/// <summary>GET scenarios: the built-in episodes.</summary>
internal sealed record ScenarioListResponse(string DecisionId, string Rulebook, IReadOnlyList<ScenarioListItem> Scenarios);
