namespace AllianceRules.Backtesting;

/// <summary>One set of the scorecard, scored on its own.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Description">What the set is, and so what its score means.</param>
/// <param name="Episodes">Its recorded episodes, in date order.</param>
public sealed record ScorecardSet(string Name, string Description, IReadOnlyList<EpisodeScore> Episodes)
{
    /// <summary>How many of the set's episodes match the record in every field.</summary>
    public int Matched => Episodes.Count(e => e.Matches);
}
