using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
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
    /// <param name="cancellationToken">Stops the sweep between assessments.</param>
    /// <returns>The table.</returns>
    public static DecisionTable Build(AllianceAssessor assessor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        using var activity = Telemetry.Start("Sweep", null);
        var points = InputSpace(assessor.AidBenchmark).ToArray();
        activity?.SetTag(AllianceRulesDiagnostics.AssessedTag, points.Length);
        // Neighbouring points differ in one offer, so each block of them is swept in one engine
        // session that pays only for what changes from row to row.
        var rows = assessor.AssessInBlocks(
            [.. points.Select(point => ValidScenario.Trusted(point.Scenario))],
            (i, assessment) => Row(points[i], assessment),
            (i, error) => Inputs(points[i]) with { Error = error.Message },
            matchedFacts: false,
            cancellationToken);
        return new DecisionTable(rows);
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

    private static DecisionRow Row(DecisionPoint point, Assessment assessment)
    {
        var commitment = assessment.Commitments.Count == 0 ? null : assessment.Commitments[0];
        var drawn = TheoryConclusion.Of(assessment);
        return Inputs(point) with
        {
            Posture = assessment.Posture.Value,
            Response = assessment.Responses.Single().Decision,
            Credible = commitment?.Credible,
            Gaps = commitment is null ? [] : [.. commitment.Gaps.Select(g => g.Gap)],
            Outlook = assessment.Outlook.Count == 0 ? null : assessment.Outlook[0].Alliance,
            Risks = [.. assessment.Risks.Select(r => r.Risk)],
            Conclusions = ConclusionMap.Of(drawn),
            Drawn = drawn,
        };
    }
}
