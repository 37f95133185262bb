using System.Text.Json;

namespace AllianceRules.AspNetCore.Contracts;

/// <summary>GET scenarios/{id}: the episode in the scenario format, ready to edit and post back.</summary>
/// <param name="DecisionId">The response's ID.</param>
/// <param name="Rulebook">The rulebook version.</param>
/// <param name="Scenario">The scenario document, as <see cref="Scenarios.ScenarioJson.Serialize"/> writes it.</param>
internal sealed record ScenarioResponse(string DecisionId, string Rulebook, JsonElement Scenario);
