using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Theory;

/// <summary>
/// The rulebook tabulated over the input space of one extra-regional great power that respects
/// the hedging state's political system and makes one offer: every relation level × settlement ×
/// stance × resolve × land border with the neighbour × land-war aversion × offer kind, with the
/// domains a guarantee may list and aid at or below the benchmark. Rows are in that fixed order;
/// they are assessed in parallel, in contiguous blocks that each reuse one engine session.
/// </summary>
/// <param name="Rows">Every row, in input order.</param>
public sealed record DecisionTable(IReadOnlyList<DecisionRow> Rows)
{
    /// <summary>The posture cell of a row the rule set could not conclude on (no posture, or several).</summary>
    public const string RulebookError = "(rulebook error)";

    /// <summary>The great power's name in the table's scenarios.</summary>
    public const string PowerName = "Power";

    /// <summary>Tabulates the rulebook of <paramref name="assessor"/>.</summary>
    /// <param name="assessor">The rulebook to apply.</param>
    /// <param name="progress">Told how many rows have been assessed, of how many.</param>
    /// <param name="cancellationToken">Stops the sweep between assessments.</param>
    /// <returns>The table.</returns>
    public static DecisionTable Build(RulebookHost assessor, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Build(assessor, progress is null ? ProgressCounter.None : new ProgressCounter(progress, 0, InputSpaceSize), cancellationToken);

    /// <summary>The number of points of the input space, the table's rows.</summary>
    internal const int InputSpaceSize = 4 * 2 * 3 * 3 * 2 * 2 * 15;

    internal static DecisionTable Build(RulebookHost assessor, ProgressCounter progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        using var activity = Telemetry.Start("Sweep", null);
        var points = InputSpace(assessor.AidBenchmark).ToArray();
        activity?.SetTag(AllianceRulesDiagnostics.AssessedTag, points.Length);
        // The sweep visits the points so that each differs from the one before in one input (one
        // fact), and each block of them is swept in one engine session that pays only for what
        // changes from point to point; the rows are then put back in table order.
        var sweep = TableSweepOrder();
        if (sweep.Length != points.Length)
        {
            throw new InvalidOperationException($"The sweep order covers {sweep.Length} points, the table {points.Length}.");
        }

        using var shared = new SharedConclusions();
        var swept = assessor.AssessInBlocks(
            [.. sweep.Select(i => ValidScenario.Trusted(points[i].Scenario))],
            (k, assessment) => Row(points[sweep[k]], assessment, shared),
            (k, error) => Inputs(points[sweep[k]]) with { Error = error.Message },
            progress,
            Detail.Rules,
            cancellationToken);
        return new DecisionTable(InPointOrder(sweep, swept));
    }

    /// <summary>
    /// The order a sweep visits the table's points in and then <paramref name="further"/>
    /// scenarios listed after them (the built-in episodes): the table's sweep order, then the
    /// others in theirs.
    /// </summary>
    internal static int[] SweepOrderThen(int further) => [.. TableSweepOrder(), .. Enumerable.Range(InputSpaceSize, further)];

    /// <summary>The results of a sweep that visited the scenarios in <paramref name="order"/>, put back in the scenarios' own order.</summary>
    internal static T[] InPointOrder<T>(int[] order, T[] swept)
    {
        var results = new T[swept.Length];
        for (var k = 0; k < swept.Length; k++)
        {
            results[order[k]] = swept[k];
        }

        return results;
    }

    /// <summary>The order the table's sweep visits its points in (<see cref="SweepOrder(int[], int[])"/>).</summary>
    internal static int[] TableSweepOrder() => SweepOrder(Radices());

    /// <summary>How many values each input of the table takes, outermost first, as <see cref="InputSpace(AidBenchmark)"/> nests them.</summary>
    private static int[] Radices() =>
        [Enum.GetValues<RelationLevel>().Length, 2, Enum.GetValues<Stance>().Length, Enum.GetValues<Resolve>().Length, 2, 2, Offers().Count()];

    /// <summary>
    /// The table's indices in the order of a reflected (boustrophedon) mixed-radix Gray code:
    /// consecutive indices differ in exactly one input. Where table order changes the offer and
    /// the power together (the last offer of one power, the first of the next), this order runs
    /// the offers back the other way and changes the power alone.
    /// </summary>
    /// <param name="radices">How many values each input takes, outermost first.</param>
    /// <returns>Every table index once, in sweep order.</returns>
    internal static int[] SweepOrder(int[] radices) => SweepOrder(radices, [.. Enumerable.Range(0, radices.Length)]);

    /// <summary>
    /// The table's indices in a reflected Gray code that nests the inputs as <paramref name="nesting"/>
    /// says (outermost first; the table itself nests them in the order of <paramref name="radices"/>):
    /// consecutive indices differ in exactly one input, and an outer input changes only when the
    /// inner ones have run through their values.
    /// </summary>
    /// <param name="radices">How many values each input takes, in table order (outermost first).</param>
    /// <param name="nesting">The inputs' positions in <paramref name="radices"/>, outermost first in the sweep.</param>
    /// <returns>Every table index once, in sweep order.</returns>
    internal static int[] SweepOrder(int[] radices, int[] nesting)
    {
        var count = 1;
        var strides = new int[radices.Length];
        for (var input = radices.Length - 1; input >= 0; input--)
        {
            strides[input] = count;
            count *= radices[input];
        }

        var order = new int[count];
        for (var i = 0; i < count; i++)
        {
            var rest = i;
            var block = count;
            var index = 0;
            foreach (var input in nesting)
            {
                var radix = radices[input];
                block /= radix;
                var digit = rest / block;
                var within = rest % block;
                index += digit * strides[input];
                // An odd digit runs the inputs inside it backwards, so that they do not jump back to their first values.
                rest = digit % 2 == 0 ? within : block - 1 - within;
            }

            order[i] = index;
        }

        return order;
    }

    /// <summary>Every point of the input space with its scenario, in table order.</summary>
    /// <returns>The points.</returns>
    internal static IEnumerable<DecisionPoint> InputSpace() => InputSpace(AidBenchmark.Default);

    /// <summary>The input space, with aid at or below <paramref name="benchmark"/>.</summary>
    internal static IEnumerable<DecisionPoint> InputSpace(AidBenchmark benchmark)
    {
        foreach (var level in Enum.GetValues<RelationLevel>())
        {
            foreach (var settlementFailed in new[] { false, true })
            {
                foreach (var stance in Enum.GetValues<Stance>())
                {
                    foreach (var resolve in Enum.GetValues<Resolve>())
                    {
                        foreach (var landBorder in new[] { false, true })
                        {
                            foreach (var avoidsLandWar in new[] { false, true })
                            {
                                foreach (var (offer, domains, aid) in Offers())
                                {
                                    yield return new DecisionPoint(level, settlementFailed, stance, resolve, landBorder, avoidsLandWar, offer, domains, aid, benchmark);
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static IEnumerable<(OfferKind Offer, Domain[] Domains, bool? AidAtBenchmark)> Offers()
    {
        foreach (var kind in Enum.GetValues<OfferKind>())
        {
            if (kind.IsGuarantee())
            {
                yield return (kind, [Domain.Land], null);
                yield return (kind, [Domain.Sea], null);
                yield return (kind, [Domain.Land, Domain.Sea], null);
            }
            else if (kind.IsAid())
            {
                yield return (kind, [], true);
                yield return (kind, [], false);
            }
            else
            {
                yield return (kind, [], null);
            }
        }
    }

    private static DecisionRow Inputs(DecisionPoint point) =>
        new(
            point.Level,
            point.SettlementFailed,
            point.Stance,
            point.Resolve,
            point.LandBorder,
            point.AvoidsLandWar,
            point.Offer,
            point.Domains,
            point.AidAtBenchmark);

    private static DecisionRow Row(DecisionPoint point, Assessment assessment, SharedConclusions shared)
    {
        var commitment = assessment.Commitments.Count == 0 ? null : assessment.Commitments[0];
        var (drawn, map) = shared.Of(assessment);
        return Inputs(point) with
        {
            Posture = assessment.Posture.Value,
            Response = assessment.Responses.Single().Decision,
            Credible = commitment?.Credible,
            Gaps = commitment is null ? [] : [.. commitment.Gaps.Select(g => g.Gap)],
            Outlook = assessment.Outlook.Count == 0 ? null : assessment.Outlook[0].Alliance,
            Risks = [.. assessment.Risks.Select(r => r.Risk)],
            Conclusions = map,
            Drawn = drawn,
        };
    }

    /// <summary>
    /// The conclusions a table's rows draw, each kept once: the rows of a table draw few distinct
    /// conclusions and fewer distinct lists of them (the article's: 108 and 306 over 4,320 rows), so
    /// each row holds the list, and the map of it, that the first row to draw them made. The rows
    /// outlive the sweep; shared, they cost the collector little to keep. Safe on every core.
    /// </summary>
    /// <remarks>
    /// A sweep's session hands back the findings of a kind that it built for the row before wherever
    /// nothing they were built from has changed; the conclusions of such a kind are then those of
    /// the row before, and are not made again. Each thread remembers its last row's, kind by kind.
    /// </remarks>
    private sealed class SharedConclusions : IDisposable
    {
        private readonly ConcurrentDictionary<TheoryConclusion, TheoryConclusion> _conclusions = new(new SameConclusion());
        private readonly ConcurrentDictionary<TheoryConclusion[], (IReadOnlyList<TheoryConclusion> Drawn, ConclusionMap Map)> _lists = new(new SameInstances());
        private readonly ThreadLocal<Seen?[]> _lastRow = new(() => new Seen?[ConclusionDescriptor.TopLevel.Count]);

        /// <summary>Lets go of every thread's last row.</summary>
        public void Dispose() => _lastRow.Dispose();

        /// <summary>The shared list of the conclusions of <paramref name="assessment"/> (<see cref="TheoryConclusion.Of(Assessment)"/>), with its map.</summary>
        public (IReadOnlyList<TheoryConclusion> Drawn, ConclusionMap Map) Of(Assessment assessment)
        {
            var kinds = ConclusionDescriptor.TopLevel;
            var lastRow = _lastRow.Value!;
            var count = 0;
            for (var k = 0; k < kinds.Count; k++)
            {
                var findings = kinds[k].FindingsIn(assessment);
                if (lastRow[k] is not { } seen || !SameInstances.Of(seen.Findings, findings))
                {
                    var held = new List<IFinding>(findings.Count);
                    kinds[k].AddFindings(assessment, held);
                    var drawn = TheoryConclusion.Of(held);
                    for (var i = 0; i < drawn.Length; i++)
                    {
                        drawn[i] = _conclusions.GetOrAdd(drawn[i], drawn[i]);
                    }

                    lastRow[k] = new Seen([.. findings], drawn);
                }

                count += lastRow[k]!.Conclusions.Length;
            }

            return _lists.GetOrAdd(InKeyOrder(lastRow, count), static list => (list, TheoryConclusion.MapOf(list)));
        }

        /// <summary>
        /// The kinds' conclusions, one list in key order. Each kind's keys begin with a word of its
        /// own, so the kinds' lists, put in the order of their first keys, are in key order; that is
        /// checked, and the list sorted whole where it does not hold.
        /// </summary>
        private static TheoryConclusion[] InKeyOrder(Seen?[] kinds, int count)
        {
            var parts = new List<TheoryConclusion[]>(kinds.Length);
            foreach (var kind in kinds)
            {
                if (kind!.Conclusions.Length > 0)
                {
                    parts.Add(kind.Conclusions);
                }
            }

            parts.Sort(static (x, y) => x[0].Key.CompareTo(y[0].Key));
            var all = new TheoryConclusion[count];
            var at = 0;
            foreach (var part in parts)
            {
                part.CopyTo(all, at);
                at += part.Length;
            }

            for (var i = 1; i < all.Length; i++)
            {
                if (all[i - 1].Key.CompareTo(all[i].Key) >= 0)
                {
                    Array.Sort(all, static (x, y) => x.Key.CompareTo(y.Key));
                    break;
                }
            }

            return all;
        }

        /// <summary>A kind's findings in one row, and their conclusions, shared.</summary>
        private sealed record Seen(IFinding[] Findings, TheoryConclusion[] Conclusions);

        /// <summary>Conclusions equal in every part: key, value, and the rules, claims and decisions in their order.</summary>
        private sealed class SameConclusion : IEqualityComparer<TheoryConclusion>
        {
            public bool Equals(TheoryConclusion? x, TheoryConclusion? y) =>
                ReferenceEquals(x, y)
                || (x is not null && y is not null && x.Key == y.Key && string.Equals(x.Value, y.Value, StringComparison.Ordinal)
                    && Same(x.Rules, y.Rules) && Same(x.Claims, y.Claims) && Same(x.Decisions, y.Decisions));

            public int GetHashCode(TheoryConclusion obj) =>
                HashCode.Combine(obj.Key, StringComparer.Ordinal.GetHashCode(obj.Value), obj.Rules.Count, obj.Claims.Count, obj.Decisions.Count);

            private static bool Same(IReadOnlyList<string> x, IReadOnlyList<string> y)
            {
                if (ReferenceEquals(x, y))
                {
                    return true;
                }

                if (x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!string.Equals(x[i], y[i], StringComparison.Ordinal))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        /// <summary>Lists of the same shared conclusions in the same order.</summary>
        private sealed class SameInstances : IEqualityComparer<TheoryConclusion[]>
        {
            public bool Equals(TheoryConclusion[]? x, TheoryConclusion[]? y) => Of(x, y);

            /// <summary>Whether two lists hold the very same instances in the same order (a row's findings of a kind, say).</summary>
            public static bool Of(IReadOnlyList<object>? x, IReadOnlyList<object>? y)
            {
                if (ReferenceEquals(x, y))
                {
                    return true;
                }

                if (x is null || y is null || x.Count != y.Count)
                {
                    return false;
                }

                for (var i = 0; i < x.Count; i++)
                {
                    if (!ReferenceEquals(x[i], y[i]))
                    {
                        return false;
                    }
                }

                return true;
            }

            public int GetHashCode(TheoryConclusion[] obj)
            {
                var hash = new HashCode();
                foreach (var conclusion in obj)
                {
                    hash.Add(RuntimeHelpers.GetHashCode(conclusion));
                }

                return hash.ToHashCode();
            }
        }
    }
}
