using AllianceRules.Engine;
using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;

namespace AllianceRules.Theory;

/// <summary>
/// What changes between two rulebooks (say, the article's and an amended one, or a pull request's
/// and its base's): the decision-table rows whose conclusions differ, and the conclusions of the
/// built-in scenarios that differ, each with the rules and claims behind it on both sides.
/// </summary>
/// <param name="TableRows">How many rows the decision table has.</param>
/// <param name="Rows">The rows that change, in table order.</param>
/// <param name="Conclusions">The built-in scenarios' conclusions that change, by scenario then key.</param>
public sealed record TheoryDiff(int TableRows, IReadOnlyList<RowChange> Rows, IReadOnlyList<ConclusionChange> Conclusions)
{
    /// <summary>Compares two rulebooks over the decision table and the built-in scenarios.</summary>
    /// <param name="before">The first rulebook, usually the article's.</param>
    /// <param name="after">The second, usually an amended one.</param>
    /// <param name="progress">Told how many rows of the two decision tables have been assessed.</param>
    /// <param name="cancellationToken">Stops the comparison between assessments.</param>
    /// <returns>The differences.</returns>
    public static TheoryDiff Compare(RulebookHost before, RulebookHost after, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        const int Rows = DecisionTable.InputSpaceSize;
        return Compare(
            TheoryExport.Of(before, null, progress is null ? ProgressCounter.None : new ProgressCounter(progress, 0, 2 * Rows), cancellationToken),
            TheoryExport.Of(after, null, progress is null ? ProgressCounter.None : new ProgressCounter(progress, Rows, 2 * Rows), cancellationToken));
    }

    /// <summary>Compares two exported rulebooks: rows are matched by their inputs, episodes by their IDs.</summary>
    /// <param name="before">The first rulebook's export, say the base of a pull request.</param>
    /// <param name="after">The second's.</param>
    /// <returns>The differences.</returns>
    public static TheoryDiff Compare(TheoryExport before, TheoryExport after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var beforeRows = before.Table.ToDictionary(r => r.Row.InputKey, StringComparer.Ordinal);
        var rows = new List<RowChange>();
        foreach (var a in after.Table)
        {
            if (beforeRows.TryGetValue(a.Row.InputKey, out var b))
            {
                var changes = Changes(a.Row.InputKey, b.Conclusions, b.Row.Error, a.Conclusions, a.Row.Error);
                if (changes.Count > 0)
                {
                    rows.Add(new RowChange(b.Row, a.Row) { Changes = changes });
                }
            }
        }

        var afterRows = after.Table.Select(r => r.Row.InputKey).ToHashSet(StringComparer.Ordinal);
        var beforeEpisodes = before.Episodes.ToDictionary(e => e.Scenario, StringComparer.Ordinal);
        var afterEpisodes = after.Episodes.Select(e => e.Scenario).ToHashSet(StringComparer.Ordinal);
        var conclusions = new List<ConclusionChange>();
        foreach (var a in after.Episodes)
        {
            var b = beforeEpisodes.GetValueOrDefault(a.Scenario) ?? new TheoryEpisode(a.Scenario, []);
            conclusions.AddRange(Changes(a.Scenario, b.Conclusions, b.Error, a.Conclusions, a.Error));
        }

        return new TheoryDiff(after.Table.Count, rows, conclusions)
        {
            BacktestBefore = before.Backtest,
            BacktestAfter = after.Backtest,
            Episodes = after.Episodes.Count,
            BeforeRulebook = before.Rulebook,
            AfterRulebook = after.Rulebook,
            RowsOnlyBefore = before.Table.Count(r => !afterRows.Contains(r.Row.InputKey)),
            RowsOnlyAfter = after.Table.Count(r => !beforeRows.ContainsKey(r.Row.InputKey)),
            EpisodesOnlyBefore = [.. before.Episodes.Select(e => e.Scenario).Where(id => !afterEpisodes.Contains(id))],
            EpisodesOnlyAfter = [.. after.Episodes.Select(e => e.Scenario).Where(id => !beforeEpisodes.ContainsKey(id))],
        };
    }

    /// <summary>The backtest under the first rulebook; null when its rule set fails on a built-in episode.</summary>
    public Scorecard? BacktestBefore { get; init; }

    /// <summary>The backtest under the second rulebook; null when its rule set fails on a built-in episode.</summary>
    public Scorecard? BacktestAfter { get; init; }

    /// <summary>How many built-in episodes were compared.</summary>
    public int Episodes { get; init; }

    /// <summary>The first rulebook's version.</summary>
    public string BeforeRulebook { get; init; } = RulebookVersion.Current;

    /// <summary>The second rulebook's version.</summary>
    public string AfterRulebook { get; init; } = RulebookVersion.Current;

    /// <summary>Decision-table rows of the first rulebook's input space that the second's lacks (the input space changed).</summary>
    public int RowsOnlyBefore { get; init; }

    /// <summary>Decision-table rows of the second rulebook's input space that the first's lacks.</summary>
    public int RowsOnlyAfter { get; init; }

    /// <summary>The IDs of the first rulebook's episodes that the second lacks, in the first's order: not compared, and said so.</summary>
    public IReadOnlyList<string> EpisodesOnlyBefore { get; init; } = [];

    /// <summary>The IDs of the second rulebook's episodes that the first lacks, in the second's order: each of their conclusions is new.</summary>
    public IReadOnlyList<string> EpisodesOnlyAfter { get; init; } = [];

    private static List<ConclusionChange> Changes(
        string where, IReadOnlyList<TheoryConclusion> before, string? beforeError, IReadOnlyList<TheoryConclusion> after, string? afterError)
    {
        var b = Drawn(before, beforeError);
        var a = Drawn(after, afterError);
        var changes = new List<ConclusionChange>();
        if (beforeError is not null || afterError is not null)
        {
            // A rule set that failed drew nothing: the posture's change says so once, with the error,
            // rather than every other conclusion of the row turning to (none).
            if (beforeError != afterError)
            {
                changes.Add(new ConclusionChange(where, ConclusionKey.Posture, b[ConclusionKey.Posture].Value, a[ConclusionKey.Posture].Value)
                {
                    BeforeConclusion = beforeError is null ? b[ConclusionKey.Posture] : null,
                    AfterConclusion = afterError is null ? a[ConclusionKey.Posture] : null,
                    BeforeError = beforeError,
                    AfterError = afterError,
                });
            }

            return changes;
        }

        foreach (var key in b.Keys.Union(a.Keys).Order())
        {
            var was = b.GetValueOrDefault(key);
            var now = a.GetValueOrDefault(key);
            var wasValue = was?.Value ?? ConclusionMap.Absent;
            var nowValue = now?.Value ?? ConclusionMap.Absent;
            if (wasValue != nowValue)
            {
                changes.Add(new ConclusionChange(where, key, wasValue, nowValue)
                {
                    BeforeConclusion = was,
                    AfterConclusion = now,
                });
            }
        }

        return changes;
    }

    // A rule set that failed draws one thing: the error, in the posture's place.
    private static Dictionary<ConclusionKey, TheoryConclusion> Drawn(IReadOnlyList<TheoryConclusion> conclusions, string? error) =>
        error is null
            ? conclusions.ToDictionary(c => c.Key)
            : new() { [ConclusionKey.Posture] = new TheoryConclusion(ConclusionKey.Posture, DecisionTable.RulebookError, [], [], []) };
}
