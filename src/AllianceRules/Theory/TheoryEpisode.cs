namespace AllianceRules.Theory;

/// <summary>What a rulebook concludes in one built-in episode, for a <see cref="TheoryExport"/>.</summary>
/// <param name="Scenario">The episode's ID.</param>
/// <param name="Conclusions">Every conclusion with what drew it, ordered by key; empty when the rule set failed.</param>
public sealed record TheoryEpisode(string Scenario, IReadOnlyList<TheoryConclusion> Conclusions)
{
    /// <summary>What went wrong when the rule set drew no assessment of the episode; null otherwise.</summary>
    public string? Error { get; init; }
}
