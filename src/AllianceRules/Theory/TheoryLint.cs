using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Engine;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using NRules;

namespace AllianceRules.Theory;

/// <summary>
/// A lint of the rulebook over the decision table and the built-in episodes: rules that never
/// fire, rules whose removal changes no conclusion, pairs of rules that draw conflicting values for
/// one conclusion, and the load each claim bears (where conclusions change when it is switched off),
/// ranked. Findings describe the theory; none of them is an error by itself.
/// </summary>
/// <param name="Rulebook">The rulebook's version.</param>
/// <param name="Rules">How many rules the rulebook has.</param>
/// <param name="TableRows">How many decision-table rows were swept.</param>
/// <param name="Episodes">The built-in episodes swept, by ID, in their order.</param>
/// <param name="NeverFiring">Rules that draw nothing in any row or episode, ordered by name.</param>
/// <param name="Redundant">Rules that fire, but without which every row and episode draws the same conclusions, ordered by name.</param>
/// <param name="Conflicts">Pairs of rules that draw different values for one conclusion in one scenario, by kind then rule.</param>
/// <param name="ClaimLoads">Every claim the rules carry with its load, ranked: most rows changed first, then most episodes, then by ID.</param>
/// <remarks>
/// Removing a rule can only change a scenario in which that rule drew a fact: elsewhere the rule
/// set without it runs exactly as with it. So each rule and claim is switched off and only those
/// scenarios are reassessed; <c>TheoryLintTests</c> checks this against full sweeps. The rulebook
/// is compiled once: a rule is switched off by keeping its activations off the agenda, which
/// draws what the rulebook compiled without it draws, and the compiled one is asked where a
/// condition of a switched-off rule throws. Where no other rule matches what the switched-off rules drew, the
/// outcome is built from the scenario's derivations less those facts, with no session moved; and a claim's set of
/// rules concludes what one of them alone does where only that one drew and no other of the set is within its
/// reach (matches, in any condition, what it yields, or what those yield). A rule set that
/// draws no assessment for a scenario (no posture, say) counts that scenario as changed, and the claim's load
/// says how many such there are. The shortcuts rest on what the rulebook's rules do: they draw facts by
/// <c>Yield</c> (linked facts, which NRules retracts when their match goes), and a scenario comes to the same
/// rest whatever the order they fire in. An amendment whose rules insert facts of their own or fire in a cycle
/// of negations is outside that.
/// </remarks>
public sealed record TheoryLint(
    string Rulebook,
    int Rules,
    int TableRows,
    IReadOnlyList<string> Episodes,
    IReadOnlyList<string> NeverFiring,
    IReadOnlyList<string> Redundant,
    IReadOnlyList<RuleConflict> Conflicts,
    IReadOnlyList<ClaimLoad> ClaimLoads)
{
    /// <summary>Claims carried by rules whose switching off changes no conclusion anywhere, in the order of <see cref="ClaimLoads"/>.</summary>
    public IReadOnlyList<string> IdleClaims => [.. ClaimLoads.Where(l => l.Rows == 0 && l.Episodes.Count == 0).Select(l => l.Claim)];

    /// <summary>The kinds of finding that occur, in the order of <see cref="LintFindingKind"/>.</summary>
    public IReadOnlyList<LintFindingKind> Found =>
        [.. Enum.GetValues<LintFindingKind>().Where(kind => kind switch
        {
            LintFindingKind.NeverFires => NeverFiring.Count > 0,
            LintFindingKind.Redundant => Redundant.Count > 0,
            LintFindingKind.Conflict => Conflicts.Count > 0,
            _ => IdleClaims.Count > 0,
        })];

    /// <summary>Lints the article's rulebook as it stands.</summary>
    /// <returns>The findings.</returns>
    public static TheoryLint Run() => Run(new AllianceRulesOptions());

    /// <summary>Lints the rulebook the options compile (claims or rules switched off, amendments added).</summary>
    /// <param name="options">The rulebook; it is not changed.</param>
    /// <param name="cancellationToken">Stops the lint between assessments.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TheoryLint Run(AllianceRulesOptions options, CancellationToken cancellationToken = default) => Run(options, everyScenario: false, cancellationToken);

    /// <summary>Lints; with <paramref name="everyScenario"/>, reassesses every scenario without each rule and claim, for tests that check the shortcut.</summary>
    internal static TheoryLint Run(AllianceRulesOptions options, bool everyScenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var verdictsOnly = options.Copy();
        verdictsOnly.CaptureJustification = false;
        var assessor = new RulebookHost(verdictsOnly);
        var points = DecisionTable.InputSpace(assessor.AidBenchmark).ToArray();
        var episodes = HistoricalScenarios.All;
        ValidScenario[] scenarios = [.. points.Select(p => ValidScenario.Trusted(p.Scenario)), .. episodes.Select(ValidScenario.From)];
        string Where(int i) => i < points.Length ? $"row {i + 1} ({Describe(points[i])})" : episodes[i - points.Length].Id!;

        // What each scenario derives (which rules drew the facts at rest, and conflicting values)
        // and concludes, in one sweep of the table's order.
        var sweep = DecisionTable.SweepOrderThen(episodes.Count);
        var swept = DecisionTable.InPointOrder(sweep, assessor.DeriveInBlocks(
            [.. sweep.Select(i => scenarios[i])],
            (_, derivations, build) => (Trace.Of(derivations, keepDerivations: true), Outcome.Of(build)),
            (_, error) => (Trace.Failure, Outcome.Failed(error)),
            Detail.Values,
            cancellationToken));
        var traces = swept.Select(s => s.Item1).ToArray();
        var outcomes = swept.Select(s => s.Item2).ToArray();

        var drewAt = DrewAt(traces, sweep);
        var fired = traces.SelectMany(t => t.Rules).ToHashSet(StringComparer.Ordinal);
        var neverFiring = assessor.Rules.Select(r => r.Name).Where(name => !fired.Contains(name) && !traces.Any(t => t.Failed)).ToArray();

        // Switch off each rule, and each claim's rules, once per distinct set of rules.
        var removals = assessor.Rules.Select(r => (IReadOnlyList<string>)[r.Name])
            .Concat(ClaimIds.Order(assessor.Rules.SelectMany(r => r.Claims)).Select(claim => (IReadOnlyList<string>)[.. assessor.Rules.Where(r => r.Claims.Contains(claim)).Select(r => r.Name)]))
            .DistinctBy(Name)
            .ToArray();
        // Each rule alone first, then the claims' sets of several rules, which reuse what a rule
        // alone concluded where it is the only one of the set to draw (Without). Each set is
        // reassessed in the sweep's order (each row one input away from the one before, so a
        // session moves by little even where rows are skipped), then the episodes. One set a core
        // at a time: more threads than cores only take turns and collect each other's garbage.
        var first = new Swept(scenarios, sweep, drewAt, traces, outcomes, points.Length);
        var reach = Reach(assessor);
        var aloneAt = Enumerable.Range(0, removals.Length).Where(i => removals[i].Count == 1).ToDictionary(i => removals[i][0], StringComparer.Ordinal);
        var changes = new Changes[removals.Length];
        var alone = new Outcome?[removals.Length][];
        foreach (var several in new[] { false, true })
        {
            // The largest first, so that no core is left with a large one at the end.
            int[] sets = [.. Enumerable.Range(0, removals.Length)
                .Where(i => removals[i].Count > 1 == several)
                .OrderByDescending(i => removals[i].Sum(rule => drewAt.GetValueOrDefault(rule)?.Count ?? 0))
                .ThenBy(i => i)];
            Sweep.For(sets.Length, Environment.ProcessorCount, (k, stop) =>
            {
                var i = sets[k];
                (changes[i], alone[i]) = Without(assessor, verdictsOnly, removals[i], first, several ? Reused(removals[i]) : null, everyScenario, stop);
            }, cancellationToken);
        }

        // Where one rule of a set drew at a row and no other rule of the set is within its reach,
        // the others fire there as they did with it (not at all, at rest), so switching them off
        // too changes nothing: the set concludes what that rule alone does.
        Func<int, Outcome?> Reused(IReadOnlyList<string> rules) => row =>
        {
            string? only = null;
            foreach (var rule in rules)
            {
                if (traces[row].Rules.Contains(rule))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = rule;
                }
            }

            return only is not null && reach[only] is { } within && !rules.Any(rule => rule != only && within.Contains(rule))
                ? alone[aloneAt[only]][row]
                : null;
        };

        var byName = removals.Select((rules, i) => (Name(rules), changes[i])).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

        var redundant = assessor.Rules.Select(r => r.Name)
            .Where(name => fired.Contains(name) && byName[name].Rows == 0 && byName[name].Episodes.Count == 0)
            .ToArray();
        var loads = ClaimIds.Order(assessor.Rules.SelectMany(r => r.Claims))
            .Select(claim =>
            {
                IReadOnlyList<string> carrying = [.. assessor.Rules.Where(r => r.Claims.Contains(claim)).Select(r => r.Name)];
                var change = byName[Name(carrying)];
                return new ClaimLoad(
                    claim,
                    carrying,
                    change.Rows,
                    change.VerdictRows,
                    change.RowsWithoutAssessment,
                    [.. change.Episodes.Select(i => episodes[i].Id!)],
                    change.EpisodesWithoutAssessment);
            })
            .Select((load, order) => (load, order))
            .OrderByDescending(p => p.load.Rows)
            .ThenByDescending(p => p.load.Episodes.Count)
            .ThenBy(p => p.order)
            .Select(p => p.load)
            .ToArray();

        return new TheoryLint(
            RulebookVersion.Current,
            assessor.Rules.Count,
            points.Length,
            [.. episodes.Select(e => e.Id!)],
            neverFiring,
            redundant,
            FindConflicts(traces, points.Length, episodes, Where),
            loads);
    }

    private static string Name(IReadOnlyList<string> rules) => string.Join("\n", rules);

    private static string Describe(DecisionPoint point) =>
        string.Join(", ", new DecisionRow(
            point.Level, point.SettlementFailed, point.Stance, point.Resolve, point.LandBorder, point.AvoidsLandWar, point.Offer, point.Domains, point.AidAtBenchmark).Cells().Take(9));

    /// <summary>
    /// Where each rule drew a fact at rest, as ascending positions in <paramref name="sweep"/>; the
    /// positions of sessions that failed to come to rest are listed under the empty name, for
    /// every rule may matter there.
    /// </summary>
    private static Dictionary<string, List<int>> DrewAt(Trace[] traces, int[] sweep)
    {
        var drewAt = new Dictionary<string, List<int>>(StringComparer.Ordinal) { [""] = [] };
        for (var k = 0; k < sweep.Length; k++)
        {
            var trace = traces[sweep[k]];
            if (trace.Failed)
            {
                drewAt[""].Add(k);
                continue;
            }

            foreach (var rule in trace.Rules)
            {
                if (!drewAt.TryGetValue(rule, out var at))
                {
                    drewAt[rule] = at = [];
                }

                at.Add(k);
            }
        }

        return drewAt;
    }

    /// <summary>What the first sweep found: the scenarios, the order it visited them in, where (in that order) each rule drew, and each scenario's trace and outcome.</summary>
    private sealed record Swept(ValidScenario[] Scenarios, int[] Order, Dictionary<string, List<int>> DrewAt, Trace[] Traces, Outcome[] Outcomes, int TableRows);

    /// <summary>
    /// Where the conclusions change without <paramref name="rules"/>, and the outcome without
    /// them of each scenario in which they drew a fact (by scenario; null elsewhere).
    /// </summary>
    /// <param name="rulebook">The rulebook linted.</param>
    /// <param name="options">Its options, to compile it without the rules where a condition throws.</param>
    /// <param name="rules">The rules switched off.</param>
    /// <param name="first">What the first sweep found.</param>
    /// <param name="reused">The outcome of a scenario, where another rule set's tells it; null where it does not.</param>
    /// <param name="everyScenario">Reassess every scenario, with no shortcut.</param>
    /// <param name="cancellationToken">Stops the reassessment between scenarios.</param>
    private static (Changes Changes, Outcome?[] ByScenario) Without(
        RulebookHost rulebook,
        AllianceRulesOptions options,
        IReadOnlyList<string> rules,
        Swept first,
        Func<int, Outcome?>? reused,
        bool everyScenario,
        CancellationToken cancellationToken)
    {
        var (scenarios, sweep, drewAt, traces, outcomes, tableRows) = first;
        var touched = everyScenario
            ? sweep
            : [.. rules.Prepend("").SelectMany(rule => drewAt.GetValueOrDefault(rule) ?? []).Order().Distinct().Select(k => sweep[k])];
        var changes = new Changes();
        var byScenario = new Outcome?[scenarios.Length];
        if (touched.Length == 0)
        {
            return (changes, byScenario);
        }

        // Where no other rule matches (in any condition, Not included) a fact the rules drew, the
        // rule set without them comes to rest with exactly those facts gone: the outcome is built
        // from what the scenario derived, less them, with no session moved. Only the rest are
        // reassessed.
        var matchedByOthers = rulebook.Descriptions.Keys.Where(rule => !rules.Contains(rule.Name)).Select(RuleDescription.MatchedTypes).ToArray();
        bool MatchedByOthers(Type type) => matchedByOthers.Any(types => types is null || types.Any(matched => matched.IsAssignableFrom(type)));
        var switchedOff = new HashSet<string>(rules, StringComparer.Ordinal);
        var computed = new List<(int, Outcome)>();
        if (!everyScenario)
        {
            var unmatched = new Dictionary<Type, bool>();
            bool Unmatched(Type type)
            {
                if (!unmatched.TryGetValue(type, out var known))
                {
                    unmatched[type] = known = !MatchedByOthers(type);
                }

                return known;
            }

            var reassess = new List<int>();
            foreach (var i in touched)
            {
                var trace = traces[i];
                if (trace.Failed)
                {
                    reassess.Add(i);
                }
                else if (reused?.Invoke(i) is { } outcome)
                {
                    computed.Add((i, outcome));
                }
                else if (!trace.Derivations.Values.Any(d => switchedOff.Contains(d.Rule.Name) && !Unmatched(d.Fact.GetType())))
                {
                    computed.Add((i, Outcome.Of(() => rulebook.Build(scenarios[i], new DerivationsWithout(trace.Derivations, switchedOff), Detail.Values))));
                }
                else
                {
                    reassess.Add(i);
                }
            }

            touched = [.. reassess];
        }

        // The rulebook compiled without the rules, made only if a condition throws or a rule
        // blocks: then the view that keeps them off the agenda may differ from it, and it decides.
        var compiled = new Lazy<RulebookHost>(() =>
        {
            var without = options.Copy();
            without.DisabledRules.UnionWith(rules);
            return new RulebookHost(without);
        });
        (int, Outcome)[] reassessed;
        try
        {
            var view = rulebook.WithRulesSwitchedOff([.. rules]);
            reassessed = [.. view.AssessEach(
                touched.Select(i => scenarios[i]),
                (i, a) => (touched[i], Outcome.Of(a)),
                // Only a condition that throws can make the view differ from the compiled rulebook
                // (a switched-off rule's condition still runs there); a rule set that draws no
                // posture, say, draws none either way, and the view's answer stands.
                (i, error) => (touched[i], error.InnerException is RuleLhsExpressionEvaluationException ? Reassess(compiled.Value, scenarios[touched[i]]) : Outcome.Failed(error)),
                detail: Detail.Values,
                cancellationToken: cancellationToken)];
        }
        catch (RulebookException ex) when (ex.RuleOverran)
        {
            reassessed = [.. compiled.Value.AssessEach(
                touched.Select(i => scenarios[i]),
                (i, a) => (touched[i], Outcome.Of(a)),
                (i, e) => (touched[i], Outcome.Failed(e)),
                detail: Detail.Values,
                cancellationToken: cancellationToken)];
        }

        // In the order of the sweep (the episodes in theirs), however each was found.
        foreach (var (index, outcome) in computed.Concat(reassessed).OrderBy(r => r.Item1))
        {
            byScenario[index] = outcome;
            if (outcome.SameAs(outcomes[index]))
            {
                continue;
            }

            var failed = outcome.Error is not null && outcomes[index].Error is null;
            if (index < tableRows)
            {
                changes.Rows++;
                changes.VerdictRows += outcome.VerdictSameAs(outcomes[index]) ? 0 : 1;
                changes.RowsWithoutAssessment += failed ? 1 : 0;
            }
            else
            {
                changes.Episodes.Add(index - tableRows);
                changes.EpisodesWithoutAssessment += failed ? 1 : 0;
            }
        }

        return (changes, byScenario);
    }

    /// <summary>
    /// Each rule's reach, by name: the other rules that may fire otherwise when it is switched
    /// off. Those that match (in any condition) a type it yields, then those that match a type
    /// those yield, until none is added. Null when some rule's yields or conditions are not known,
    /// for then any rule may be reached.
    /// </summary>
    private static Dictionary<string, HashSet<string>?> Reach(RulebookHost rulebook)
    {
        var all = rulebook.Descriptions.Select(p => (p.Value.Name, p.Value.Yields, p.Value.YieldsAll, Matched: RuleDescription.MatchedTypes(p.Key))).ToArray();
        var known = all.All(rule => rule.YieldsAll && rule.Matched is not null);
        return all.ToDictionary(rule => rule.Name, rule => known ? Of(rule.Name, rule.Yields) : null, StringComparer.Ordinal);

        HashSet<string> Of(string off, IReadOnlySet<Type> yields)
        {
            var yielded = new HashSet<Type>(yields);
            var reach = new HashSet<string>(StringComparer.Ordinal);
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var (name, its, _, matched) in all)
                {
                    if (name != off && !reach.Contains(name) && matched!.Any(type => yielded.Any(y => MayOverlap(type, y))))
                    {
                        reach.Add(name);
                        yielded.UnionWith(its);
                        grew = true;
                    }
                }
            }

            return reach;
        }

        // A yield's type is the static type of its expression: an object of it may also be of any
        // type one of its subtypes may be, so an interface meets any type that is not sealed.
        static bool MayOverlap(Type matched, Type yielded) =>
            matched.IsAssignableFrom(yielded) || yielded.IsAssignableFrom(matched)
            || (matched.IsInterface && !yielded.IsSealed) || (yielded.IsInterface && !matched.IsSealed);
    }

    /// <summary>One scenario in its own session of <paramref name="rulebook"/>, as an outcome.</summary>
    private static Outcome Reassess(RulebookHost rulebook, ValidScenario scenario) =>
        rulebook.AssessEach([scenario], (_, a) => Outcome.Of(a), (_, e) => Outcome.Failed(e), detail: Detail.Values).Single();

    internal static RuleConflict[] FindConflicts(Trace[] traces, int tableRows, IReadOnlyList<Scenario> episodes, Func<int, string> where)
    {
        var seen = new Dictionary<(ConclusionKind Kind, string, string, string, string), (int Rows, List<string> Episodes, string Example)>();
        for (var i = 0; i < traces.Length; i++)
        {
            foreach (var (kind, key, first, firstValue, second, secondValue) in traces[i].Conflicts)
            {
                var id = (kind, first, firstValue, second, secondValue);
                if (!seen.TryGetValue(id, out var found))
                {
                    found = (0, [], $"{where(i)}: {key}");
                }

                if (i < tableRows)
                {
                    found.Rows++;
                }
                else if (!found.Episodes.Contains(episodes[i - tableRows].Id!))
                {
                    found.Episodes.Add(episodes[i - tableRows].Id!);
                }

                seen[id] = found;
            }
        }

        return [.. seen
            .OrderBy(p => p.Key.Kind)
            .ThenBy(p => p.Key.Item2, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Item4, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Item3, StringComparer.Ordinal)
            .ThenBy(p => p.Key.Item5, StringComparer.Ordinal)
            .Select(p => new RuleConflict(p.Key.Kind, p.Key.Item2, p.Key.Item3, p.Key.Item4, p.Key.Item5, p.Value.Rows, p.Value.Episodes, p.Value.Example))];
    }

    /// <summary>Where a rule set's conclusions changed, against the rulebook linted.</summary>
    private sealed class Changes
    {
        public int Rows { get; set; }

        public int VerdictRows { get; set; }

        public int RowsWithoutAssessment { get; set; }

        public List<int> Episodes { get; } = [];

        public int EpisodesWithoutAssessment { get; set; }
    }

    /// <summary>What a rule set concluded about one scenario: its conclusions, or why it drew none.</summary>
    private sealed record Outcome(ConclusionMap? Conclusions, string? Error)
    {
        public static Outcome Of(Assessment assessment) => new(ConclusionMap.Of(assessment), null);

        public static Outcome Failed(RulebookException error) => new(null, error.Message);

        /// <summary>The outcome of an assessment yet to be built: a rule set that draws none (no posture, say) fails.</summary>
        public static Outcome Of(Func<Assessment> build)
        {
            try
            {
                return Of(build());
            }
            catch (RulebookException ex) when (!ex.RuleOverran)
            {
                return Failed(ex);
            }
        }

        public bool SameAs(Outcome other) =>
            Error == other.Error
            && (Conclusions is null ? other.Conclusions is null : other.Conclusions is not null && Conclusions.SameAs(other.Conclusions));

        /// <summary>Whether the posture and every response are the same (a rulebook error is a verdict of its own).</summary>
        public bool VerdictSameAs(Outcome other) =>
            Error == other.Error
            && (Conclusions is null ? other.Conclusions is null : other.Conclusions is not null && Conclusions.SameVerdictsAs(other.Conclusions));
    }

    /// <summary>
    /// The rules behind the facts one scenario derives at rest, and the pairs of them that draw
    /// different values for one conclusion. Only conclusions with a value can conflict; needs,
    /// gaps, risks and advice are drawn or not.
    /// </summary>
    internal sealed record Trace(HashSet<string> Rules, bool Failed, IReadOnlyList<(ConclusionKind Kind, ConclusionKey Key, string First, string FirstValue, string Second, string SecondValue)> Conflicts)
    {
        /// <summary>A scenario whose session did not come to rest: nothing is known of what it would have drawn, so it counts for every rule.</summary>
        public static Trace Failure { get; } = new([], true, []);

        /// <summary>Every fact derived at rest, with how, in the order the session recorded them; empty unless the trace was made to keep them.</summary>
        public IReadOnlyDictionary<object, Derivation> Derivations { get; private init; } = new Dictionary<object, Derivation>();

        /// <summary>The trace of one scenario in a session of its own.</summary>
        public static Trace Of(RulebookHost assessor, ValidScenario scenario, CancellationToken cancellationToken = default)
        {
            try
            {
                return Of(assessor.Derive(scenario, cancellationToken));
            }
            catch (RulebookException ex) when (!ex.RuleOverran)
            {
                return Failure;
            }
        }

        /// <summary>The trace of what a session derived at rest; with <paramref name="keepDerivations"/>, holding a copy of the derivations (the session's own map moves on to the next scenario).</summary>
        public static Trace Of(IReadOnlyDictionary<object, Derivation> derivations, bool keepDerivations = false)
        {
            var rules = derivations.Values.Select(d => d.Rule.Name).ToHashSet(StringComparer.Ordinal);
            // Each valued kind says how it is traced (IValuedConclusion): the lint names no kind.
            var valued = derivations.Values
                .Select(d => (Valued: d.Fact as IValuedConclusion, d.Rule.Name))
                .Where(d => d.Valued is not null)
                .Select(d => (d.Valued!.Slot, d.Valued.Key, d.Valued.Value, d.Name));
            var conflicts = new List<(ConclusionKind, ConclusionKey, string, string, string, string)>();
            foreach (var slot in valued.GroupBy(v => v.Slot))
            {
                var drawn = slot.DistinctBy(v => (v.Name, v.Value)).OrderBy(v => v.Name, StringComparer.Ordinal).ThenBy(v => v.Value, StringComparer.Ordinal).ToArray();
                for (var a = 0; a < drawn.Length; a++)
                {
                    for (var b = a + 1; b < drawn.Length; b++)
                    {
                        if (drawn[a].Value != drawn[b].Value)
                        {
                            conflicts.Add((drawn[a].Key.Kind, drawn[a].Key, drawn[a].Name, drawn[a].Value, drawn[b].Name, drawn[b].Value));
                        }
                    }
                }
            }

            var trace = new Trace(rules, false, conflicts);
            return keepDerivations ? trace with { Derivations = new Dictionary<object, Derivation>(derivations) } : trace;
        }
    }
}
