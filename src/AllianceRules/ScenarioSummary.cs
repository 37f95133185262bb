namespace AllianceRules;

/// <summary>Identifies the assessed scenario in an <see cref="Assessment"/>.</summary>
/// <param name="Id">The scenario's identifier, if it has one.</param>
/// <param name="Title">The scenario's title, if it has one.</param>
/// <param name="Date">The scenario's date as written, if it has one.</param>
public sealed record ScenarioSummary(string? Id, string? Title, string? Date);
