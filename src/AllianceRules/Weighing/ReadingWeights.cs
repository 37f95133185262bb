using System.Collections;
using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Weighing;

/// <summary>
/// Which readings carry the argument (rulebook v3, "Weighing the readings"): every alternative
/// reading flipped alone, then every pair, over the decision table and the built-in episodes, with
/// the rows, episodes and classes of conclusion each moves and the scorecard before and after.
/// </summary>
/// <param name="Rulebook">The rulebook version weighed.</param>
/// <param name="TableRows">How many decision-table rows each reading was swept over.</param>
/// <param name="Episodes">The built-in episodes each reading was swept over, in their order.</param>
/// <param name="Scores">The scorecard of the rulebook as it reads the decisions, per set (the fit, then the test).</param>
/// <param name="Readings">One weight per alternative reading, ranked: most rows moved first, then most episodes, then most scorecard fields, then catalogue order.</param>
/// <param name="Interactions">The pairs that move more than their two readings alone, added up, ranked by the rows they move beyond that sum, then the episodes, then catalogue order.</param>
public sealed record ReadingWeights(
    string Rulebook,
    int TableRows,
    IReadOnlyList<string> Episodes,
    IReadOnlyList<SetScore> Scores,
    IReadOnlyList<ReadingWeight> Readings,
    IReadOnlyList<ReadingWeight> Interactions)
{
    /// <summary>The default of the assessments a weighing may run: enough for the article's rulebook, its readings alone and every pair.</summary>
    public const int DefaultMaxAssessments = 1_000_000;

    /// <summary>The fewest assessments a weighing may be given: one sweep of the decision table and the built-in episodes for the rulebook and for each reading alone.</summary>
    public static int MinimumMaxAssessments => SweepSize * (1 + AlternativeReadings.All.Count);

    private static int SweepSize => DecisionTable.InputSpaceSize + HistoricalScenarios.All.Count;

    /// <summary>How many pairs of readings there are.</summary>
    public int Pairs { get; init; }

    /// <summary>How many pairs were weighed: fewer than <see cref="Pairs"/> when the budget ran out (the first pairs in catalogue order are weighed).</summary>
    public int PairsWeighed { get; init; }

    /// <summary>How many assessments the weighing accounts for against its budget: one per row and episode for the rulebook and for each reading and pair weighed (rows a reading cannot move are carried over rather than swept again, and count).</summary>
    public long Assessments { get; init; }

    /// <summary>The budget it ran under.</summary>
    public int MaxAssessments { get; init; }

    /// <summary>
    /// Weighs every alternative reading of <see cref="AlternativeReadings.All"/>: each alone, then
    /// each pair while the budget lasts. Each costs one sweep of the decision table and the built-in
    /// episodes, on every core.
    /// </summary>
    /// <param name="options">The rulebook whose decisions are weighed (the article's when null); it is not changed.</param>
    /// <param name="maxAssessments">The most assessments to run; it must cover the rulebook and every reading alone, and the pairs are weighed while it lasts.</param>
    /// <param name="progress">Told how many assessments of the whole run are done.</param>
    /// <param name="cancellationToken">Stops the weighing between assessments.</param>
    /// <returns>The weights, ranked.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxAssessments"/> does not cover the rulebook and every reading alone.</exception>
    /// <exception cref="ArgumentException">The options are refused (<see cref="AllianceRulesOptions.Validate"/>).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static ReadingWeights Weigh(
        AllianceRulesOptions? options = null,
        int maxAssessments = DefaultMaxAssessments,
        IProgress<SweepProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var rulebook = (options ?? new AllianceRulesOptions()).Copy();
        rulebook.CaptureJustification = false;
        var readings = AlternativeReadings.All;
        var points = DecisionTable.InputSpace(rulebook.AidBenchmark ?? Facts.AidBenchmark.Default).ToArray();
        var order = DecisionTable.TableSweepOrder();
        ValidScenario[] table = [.. order.Select(i => ValidScenario.Trusted(points[i].Scenario))];
        var builtIns = HistoricalScenarios.All;
        ValidScenario[] episodes = [.. builtIns.Select(ValidScenario.From)];
        var sweep = table.Length + episodes.Length;
        var minimum = MinimumMaxAssessments;
        if (maxAssessments < minimum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxAssessments),
                maxAssessments,
                $"a budget of {maxAssessments} assessments does not cover the rulebook and its {readings.Count} readings alone: that takes {minimum} ({SweepSize} per sweep)");
        }

        var allPairs = (from i in Enumerable.Range(0, readings.Count) from j in Enumerable.Range(i + 1, readings.Count - i - 1) select (i, j)).ToArray();
        var pairs = allPairs.Take((int)Math.Min(allPairs.Length, (maxAssessments - minimum) / sweep)).ToArray();
        // Every sweep, and the pass over the table's rows that finds which rules each involves.
        var counter = progress is null ? ProgressCounter.None : new ProgressCounter(progress, 0, sweep * (1 + readings.Count + pairs.Length) + table.Length);

        // The rulebook is compiled once, with every reading's added rules: each variant is a view of
        // it that keeps off the agenda the rules the variant does not apply (its readings' replaced
        // rules, and the other readings' added ones). That draws what compiling the variant draws
        // unless a condition throws; a variant where one does is compiled and swept again.
        var all = rulebook.Copy();
        var added = new List<string>();
        foreach (var reading in readings)
        {
            foreach (var (type, name) in reading.AddedTypes.Zip(reading.Added).Where(t => !all.AdditionalRuleTypes.Contains(t.First)))
            {
                all.AdditionalRuleTypes.Add(type);
                added.Add(name);
            }
        }

        var host = new RulebookHost(all);
        RulebookHost ViewOf(AlternativeReading[] variant) =>
            host.WithRulesSwitchedOff([.. added.Except(variant.SelectMany(r => r.Added)), .. variant.SelectMany(r => r.Replaced)]);

        // A variant differs from the rulebook as read by the rules it switches off and those it adds,
        // so it can draw otherwise only on a row where one of the first drew a fact or one of the
        // second would have fired (RulesInvolved): only those rows are swept again, the others
        // carried over. TheoryLint takes the same shortcut for rules switched off.
        var view = ViewOf([]);
        var before = Run.Of(view, table, episodes, builtIns, counter, parallel: true, cancellationToken);
        IReadOnlySet<string>?[] involved;
        if (before.ConditionFailed)
        {
            // Every row may matter: none is looked at, and the pass counts as done.
            involved = new IReadOnlySet<string>?[table.Length];
            counter.Step(table.Length);
        }
        else
        {
            involved = view.RulesInvolved(table, counter, cancellationToken);
        }

        Run SweepOf(AlternativeReading[] variant, CancellationToken stop)
        {
            var rules = variant.SelectMany(r => r.Replaced.Concat(r.Added)).ToHashSet(StringComparer.Ordinal);
            int[] touched = [.. Enumerable.Range(0, table.Length).Where(i => involved[i] is not { } named || named.Overlaps(rules))];
            return Run.Of(ViewOf(variant), table, episodes, builtIns, counter, parallel: false, stop, (touched, before)) is { ConditionFailed: false } run
                ? run
                : Variant(rulebook, variant, table, episodes, builtIns, ProgressCounter.None, parallel: false, stop);
        }

        if (before.ConditionFailed)
        {
            before = Variant(rulebook, [], table, episodes, builtIns, ProgressCounter.None, parallel: true, cancellationToken);
        }

        // Each variant is swept in one session on one thread, the variants side by side.
        var singles = new Moves[readings.Count];
        Sweep.For(readings.Count, (i, stop) => singles[i] = Moves.Between(before, SweepOf([readings[i]], stop)), cancellationToken);
        var together = new Moves[pairs.Length];
        Sweep.For(pairs.Length, (k, stop) => together[k] = Moves.Between(before, SweepOf([readings[pairs[k].i], readings[pairs[k].j]], stop)), cancellationToken);

        string[] episodeIds = [.. builtIns.Select(e => e.Id!)];
        var weights = singles.Select((moves, i) => (Weight: moves.Weight([readings[i].Decision.Id], episodeIds), Order: i))
            .OrderByDescending(w => w.Weight.RowsMoved)
            .ThenByDescending(w => w.Weight.EpisodesMoved.Count)
            .ThenByDescending(w => w.Weight.FieldsChanged)
            .ThenBy(w => w.Order)
            .Select(w => w.Weight)
            .ToArray();
        var interactions = pairs.Select((pair, k) =>
            {
                var (a, b) = (singles[pair.i], singles[pair.j]);
                var alone = new BitArray(a.Rows).Or(b.Rows);
                var onlyTogether = new BitArray(together[k].Rows).And(alone.Not());
                var weight = together[k].Weight([readings[pair.i].Decision.Id, readings[pair.j].Decision.Id], episodeIds) with
                {
                    RowsMovedAlone = a.RowCount + b.RowCount,
                    EpisodesMovedAlone = a.Episodes.Count + b.Episodes.Count,
                    RowsOnlyTogether = Count(onlyTogether),
                    EpisodesOnlyTogether = [.. together[k].Episodes.Where(e => !a.Episodes.Contains(e) && !b.Episodes.Contains(e)).Order().Select(e => episodeIds[e])],
                };
                return (Weight: weight, Order: k);
            })
            .Where(w => w.Weight.Interacts)
            .OrderByDescending(w => w.Weight.RowsMoved - w.Weight.RowsMovedAlone)
            .ThenByDescending(w => w.Weight.EpisodesMoved.Count - w.Weight.EpisodesMovedAlone)
            .ThenBy(w => w.Order)
            .Select(w => w.Weight)
            .ToArray();

        return new ReadingWeights(
            RulebookVersion.Current,
            table.Length,
            episodeIds,
            before.Score is { } score ? [.. score.Sets.Select(s => new SetScore(s.Name, s.Theory))] : [],
            weights,
            interactions)
        {
            Pairs = allPairs.Length,
            PairsWeighed = pairs.Length,
            Assessments = (long)sweep * (1 + readings.Count + pairs.Length),
            MaxAssessments = maxAssessments,
        };
    }

    /// <summary>The variant compiled on its own: asked only where a condition threw in the view of the rulebook compiled once.</summary>
    private static Run Variant(
        AllianceRulesOptions rulebook, AlternativeReading[] readings, ValidScenario[] table, ValidScenario[] episodes, IReadOnlyList<Scenario> builtIns, ProgressCounter counter, bool parallel, CancellationToken cancellationToken)
    {
        var options = rulebook.Copy();
        foreach (var reading in readings)
        {
            reading.Apply(options);
        }

        return Run.Of(new RulebookHost(options), table, episodes, builtIns, counter, parallel, cancellationToken);
    }

    private static int Count(BitArray bits)
    {
        var count = 0;
        for (var i = 0; i < bits.Length; i++)
        {
            count += bits[i] ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// What one rule set draws on every row (in sweep order) and episode, and its scorecard; and
    /// whether a rule's condition threw somewhere (<c>ConditionFailed</c>): a view that keeps rules
    /// off the agenda may then differ from the rulebook compiled without them.
    /// </summary>
    private sealed record Run(ConclusionMap?[] Table, string?[] TableErrors, ConclusionMap?[] Episodes, string?[] EpisodeErrors, Scorecard? Score, bool ConditionFailed)
    {
        /// <summary>Sweeps the table (only the rows of <c>only</c>, where given, carrying the others over from the run given with them) and the episodes.</summary>
        public static Run Of(
            RulebookHost host, ValidScenario[] table, ValidScenario[] episodes, IReadOnlyList<Scenario> builtIns, ProgressCounter counter, bool parallel, CancellationToken cancellationToken, (int[] Rows, Run From)? only = null)
        {
            var conditionFailed = false;
            static (ConclusionMap?, string?) Drawn(int _, Assessment assessment) => (ConclusionMap.Of(assessment), null);
            (ConclusionMap?, string?) Failed(int _, RulebookException error)
            {
                // Called from every block's thread at once: only ever set, so that a failure of
                // another kind, read and written back beside it, cannot clear it.
                if (error.InnerException is NRules.RuleLhsExpressionEvaluationException)
                {
                    conditionFailed = true;
                }

                return (null, error.Message);
            }

            (ConclusionMap?, string?)[] rows;
            if (only is var (touched, from))
            {
                rows = [.. from.Table.Zip(from.TableErrors)];
                foreach (var (i, row) in touched.Zip(host.AssessEach(touched.Select(i => table[i]), Drawn, Failed, counter, Detail.Values, cancellationToken)))
                {
                    rows[i] = row;
                }

                counter.Step(table.Length - touched.Length);
            }
            else
            {
                rows = parallel
                    ? host.AssessInBlocks(table, Drawn, Failed, counter, Detail.Values, cancellationToken)
                    : [.. host.AssessEach(table, Drawn, Failed, counter, Detail.Values, cancellationToken)];
            }

            // The episodes are read with their record, so each is assessed with its backtest.
            var assessed = host.AssessEach(episodes, (_, a) => (Assessment: (Assessment?)a, Error: (string?)null), (i, e) => (null, Failed(i, e).Item2), counter, Detail.Rules, cancellationToken).ToArray();
            Scorecard? score = null;
            if (assessed.All(a => a.Assessment is not null))
            {
                var byScenario = new Dictionary<Scenario, Assessment>(ReferenceEqualityComparer.Instance);
                for (var i = 0; i < builtIns.Count; i++)
                {
                    byScenario[builtIns[i]] = assessed[i].Assessment!;
                }

                score = Scorecard.Build(builtIns, scenario => byScenario[scenario]);
            }

            return new Run(
                [.. rows.Select(r => r.Item1)],
                [.. rows.Select(r => r.Item2)],
                [.. assessed.Select(a => a.Assessment is null ? null : ConclusionMap.Of(a.Assessment))],
                [.. assessed.Select(a => a.Error)],
                score,
                conditionFailed);
        }
    }

    /// <summary>What moved between two runs.</summary>
    private sealed class Moves
    {
        private readonly SortedDictionary<(string Class, string Before, string After), (int Rows, int Episodes)> _classes = [];

        public required BitArray Rows { get; init; }

        public int RowCount { get; private set; }

        public SortedSet<int> Episodes { get; } = [];

        public int RowsWithoutAssessment { get; private set; }

        public IReadOnlyList<ScoreChange> Scores { get; private set; } = [];

        public static Moves Between(Run before, Run after)
        {
            var moves = new Moves { Rows = new BitArray(before.Table.Length) };
            for (var i = 0; i < before.Table.Length; i++)
            {
                var changes = Changes(before.Table[i], before.TableErrors[i], after.Table[i], after.TableErrors[i]);
                if (changes.Count > 0)
                {
                    moves.Rows[i] = true;
                    moves.RowCount++;
                    moves.RowsWithoutAssessment += after.TableErrors[i] is not null && before.TableErrors[i] is null ? 1 : 0;
                    foreach (var change in changes)
                    {
                        var (rows, episodes) = moves._classes.GetValueOrDefault(change);
                        moves._classes[change] = (rows + 1, episodes);
                    }
                }
            }

            for (var i = 0; i < before.Episodes.Length; i++)
            {
                var changes = Changes(before.Episodes[i], before.EpisodeErrors[i], after.Episodes[i], after.EpisodeErrors[i]);
                if (changes.Count > 0)
                {
                    moves.Episodes.Add(i);
                    foreach (var change in changes)
                    {
                        var (rows, episodes) = moves._classes.GetValueOrDefault(change);
                        moves._classes[change] = (rows, episodes + 1);
                    }
                }
            }

            if (before.Score is { } b && after.Score is { } a)
            {
                moves.Scores = [.. b.Sets.Zip(a.Sets, (x, y) => new ScoreChange(x.Name, x.Theory, y.Theory, FieldsChanged(x, y)))];
            }

            return moves;
        }

        public ReadingWeight Weight(IReadOnlyList<string> decisions, string[] episodeIds) =>
            new(
                decisions,
                RowCount,
                [.. Episodes.Select(e => episodeIds[e])],
                [.. _classes
                    .OrderByDescending(c => c.Value.Rows + c.Value.Episodes)
                    .ThenBy(c => c.Key.Class, StringComparer.Ordinal)
                    .ThenBy(c => c.Key.Before, StringComparer.Ordinal)
                    .ThenBy(c => c.Key.After, StringComparer.Ordinal)
                    .Select(c => new ConclusionClassMove(c.Key.Class, c.Key.Before, c.Key.After, c.Value.Rows, c.Value.Episodes))],
                Scores)
            {
                RowsWithoutAssessment = RowsWithoutAssessment,
                RowsMovedAlone = RowCount,
                EpisodesMovedAlone = Episodes.Count,
            };

        private static int FieldsChanged(ScorecardSet before, ScorecardSet after) =>
            before.Episodes.Zip(after.Episodes, (x, y) => x.Fields.Zip(y.Fields, (f, g) => f.Theory.Result != g.Theory.Result).Count(changed => changed)).Sum();

        // Each class of change once per scenario; a rule set that fails draws one thing, the error, in the posture's place (as the theory diff shows it).
        private static SortedSet<(string, string, string)> Changes(ConclusionMap? before, string? beforeError, ConclusionMap? after, string? afterError)
        {
            var changes = new SortedSet<(string, string, string)>();
            if (before is null || after is null)
            {
                if ((beforeError is null) != (afterError is null) || beforeError != afterError)
                {
                    var posture = ConclusionKey.Posture;
                    changes.Add((ConclusionChange.ClassOf(posture), before?.ValueOf(posture) ?? DecisionTable.RulebookError, after?.ValueOf(posture) ?? DecisionTable.RulebookError));
                }

                return changes;
            }

            foreach (var key in before.Keys.Union(after.Keys))
            {
                var was = before.ValueOf(key);
                var now = after.ValueOf(key);
                if (was != now)
                {
                    changes.Add((ConclusionChange.ClassOf(key), was, now));
                }
            }

            return changes;
        }
    }
}

/// <summary>The rulebook's score over one set of the scorecard.</summary>
/// <param name="Set">The set's name.</param>
/// <param name="Score">Matches, misses, abstentions and post-hoc matches over the set's fields.</param>
public sealed record SetScore(string Set, Tally Score);
