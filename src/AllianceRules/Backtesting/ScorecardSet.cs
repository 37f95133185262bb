namespace AllianceRules.Backtesting;

/// <summary>One set of the scorecard, scored on its own, by the rulebook and by each baseline on the same fields.</summary>
/// <param name="Name">The set's name.</param>
/// <param name="Description">What the set is, and so what its score means.</param>
/// <param name="Episodes">Its recorded episodes, in date order.</param>
public sealed record ScorecardSet(string Name, string Description, IReadOnlyList<EpisodeScore> Episodes)
{
    /// <summary>How many of the set's episodes match the record (no field missed, at least one matched).</summary>
    public int Matched => Episodes.Count(e => e.Matches);

    /// <summary>The rulebook's score over every field the set's records hold: matches, misses, abstentions and post-hoc matches.</summary>
    public Tally Theory => Tally.Of(Fields.Select(f => (f.Theory.Result, f.Theory.PostHoc is not null)));

    /// <summary>Each baseline's score on the same fields, in the order of <see cref="Baseline"/>.</summary>
    public IReadOnlyList<BaselineTally> Baselines =>
    [
        .. Enum.GetValues<Baseline>().Select(baseline => new BaselineTally(
            baseline,
            Tally.Of(Fields.Select(f => (Call(f, baseline).Result, false))),
            Fields.Count(f => f.Theory.Result != FieldResult.Abstention && Call(f, baseline).Result == FieldResult.Match))),
    ];

    /// <summary>
    /// The baseline with the most matches over the set's fields (then the fewest misses, then the
    /// order of <see cref="Baseline"/>); null for a set with no fields.
    /// </summary>
    public BaselineTally? BestBaseline => Fields.Any()
        ? Baselines.OrderByDescending(b => b.Score.Matches).ThenBy(b => b.Score.Misses).ThenBy(b => b.Baseline).First()
        : null;

    private IEnumerable<FieldScore> Fields => Episodes.SelectMany(e => e.Fields);

    private static BaselineCall Call(FieldScore field, Baseline baseline) => field.Baselines.First(c => c.Baseline == baseline);
}
