using AllianceRules.Backtesting;

namespace AllianceRules.Weighing;

/// <summary>
/// What rejecting one decision (or two together) moves: the alternative readings flipped in place
/// of the decisions' own, over the decision table and the built-in episodes.
/// </summary>
/// <param name="Decisions">The decisions rejected: one, or a pair in catalogue order.</param>
/// <param name="RowsMoved">How many decision-table rows draw some conclusion differently.</param>
/// <param name="EpisodesMoved">The built-in episodes that draw some conclusion differently, in their order.</param>
/// <param name="Classes">The classes of conclusion that moved, each with how many rows and episodes it moved in: most first, then by class and values.</param>
/// <param name="Scores">The scorecard before and after, per set (the fit, then the test); empty when a rule set failed on a built-in episode and nothing could be scored.</param>
public sealed record ReadingWeight(
    IReadOnlyList<string> Decisions,
    int RowsMoved,
    IReadOnlyList<string> EpisodesMoved,
    IReadOnlyList<ConclusionClassMove> Classes,
    IReadOnlyList<ScoreChange> Scores)
{
    /// <summary>How many fields of the record change between match, miss and abstention, over both sets.</summary>
    public int FieldsChanged => Scores.Sum(s => s.FieldsChanged);

    /// <summary>How many rows the alternative rule set draws no assessment for (a rule set that fails); they count among <see cref="RowsMoved"/>.</summary>
    public int RowsWithoutAssessment { get; init; }

    /// <summary>For a pair, the rows the two decisions move each alone, added up; for a single decision, <see cref="RowsMoved"/>.</summary>
    public int RowsMovedAlone { get; init; }

    /// <summary>For a pair, the episodes the two decisions move each alone, added up; for a single decision, the count of <see cref="EpisodesMoved"/>.</summary>
    public int EpisodesMovedAlone { get; init; }

    /// <summary>For a pair, the rows that move only when both are rejected: neither moves them alone.</summary>
    public int RowsOnlyTogether { get; init; }

    /// <summary>For a pair, the episodes that move only when both are rejected.</summary>
    public IReadOnlyList<string> EpisodesOnlyTogether { get; init; } = [];

    /// <summary>
    /// Whether the pair moves more than the two decisions alone, added up (rows or episodes): an
    /// interaction, where the two readings carry a conclusion together. Always false for one decision.
    /// </summary>
    public bool Interacts => Decisions.Count > 1 && (RowsMoved > RowsMovedAlone || EpisodesMoved.Count > EpisodesMovedAlone);
}

/// <summary>One class of conclusion moving between two values, as the theory diff groups them (the power it names replaced by <c>*</c>).</summary>
/// <param name="Conclusion">The class, such as <c>responses[*,BaseAccess]</c>.</param>
/// <param name="Before">Its value under the decisions as the rulebook reads them (<c>(none)</c> if not drawn).</param>
/// <param name="After">Its value under the alternative readings.</param>
/// <param name="Rows">How many decision-table rows it moves in.</param>
/// <param name="Episodes">How many built-in episodes it moves in.</param>
public sealed record ConclusionClassMove(string Conclusion, string Before, string After, int Rows, int Episodes);

/// <summary>One set of the scorecard, before and after the alternative readings.</summary>
/// <param name="Set">The set's name (the article's evidence: the fit; after the article: the test).</param>
/// <param name="Before">The rulebook's score over the set's fields under the decisions.</param>
/// <param name="After">Its score under the alternative readings.</param>
/// <param name="FieldsChanged">How many fields change between match, miss and abstention (a score can stay the same while fields trade places).</param>
public sealed record ScoreChange(string Set, Tally Before, Tally After, int FieldsChanged);
