using AllianceRules.Facts;

namespace AllianceRules.Theory;

/// <summary>One point of the decision table's input space.</summary>
/// <param name="Level">The state of relations.</param>
/// <param name="SettlementFailed">Whether the attempt to settle failed.</param>
/// <param name="Stance">The power's stance.</param>
/// <param name="Resolve">The power's resolve.</param>
/// <param name="LandBorder">Whether the power borders the neighbour.</param>
/// <param name="AvoidsLandWar">Whether the power avoids a land war.</param>
/// <param name="Offer">The offer kind.</param>
/// <param name="Domains">The domains the offer lists.</param>
/// <param name="AidAtBenchmark">For aid: at (true) or below (false) the benchmark; otherwise null.</param>
/// <param name="Benchmark">The aid benchmark the sweep judges aid by.</param>
internal sealed record DecisionPoint(
    RelationLevel Level,
    bool SettlementFailed,
    Stance Stance,
    Resolve Resolve,
    bool LandBorder,
    bool AvoidsLandWar,
    OfferKind Offer,
    IReadOnlyList<Domain> Domains,
    bool? AidAtBenchmark,
    AidBenchmark Benchmark)
{
    /// <summary>The scenario at this point: the hedging state borders the neighbour; one capable extra-regional power that has affirmed respect for its political system makes the offer.</summary>
    public Scenario Scenario { get; } = BuildScenario(Level, SettlementFailed, Stance, Resolve, LandBorder, AvoidsLandWar, Offer, Domains, AidAtBenchmark, Benchmark);

    // Shared instances: facts are matched by equality, and records compare lists by reference, so
    // points that share these are seen by a sweep's session as keeping the same geography.
    private static readonly GeographyConstraint HedgingBorder =
        new() { Kind = GeographyKind.LandBorder, Between = [ScenarioRoles.Default.HedgingState, ScenarioRoles.Default.Neighbour] };

    private static readonly GeographyConstraint[] HedgingBorderOnly = [HedgingBorder];

    private static readonly GeographyConstraint[] BothBorders =
        [HedgingBorder, new() { Kind = GeographyKind.LandBorder, Between = [DecisionTable.PowerName, ScenarioRoles.Default.Neighbour] }];

    private static Scenario BuildScenario(
        RelationLevel level, bool settlementFailed, Stance stance, Resolve resolve, bool landBorder, bool avoidsLandWar,
        OfferKind offer, IReadOnlyList<Domain> domains, bool? aidAtBenchmark, AidBenchmark benchmark)
    {
        return new Scenario
        {
            Relation = new() { Level = level, SettlementFailed = settlementFailed },
            Powers =
            [
                new()
                {
                    Name = DecisionTable.PowerName,
                    ExtraRegional = true,
                    Stance = stance,
                    Resolve = resolve,
                    AvoidsLandWar = avoidsLandWar,
                    PoliticalSystem = PoliticalSystem.Affirmed,
                },
            ],
            Geography = landBorder ? BothBorders : HedgingBorderOnly,
            Offers =
            [
                new()
                {
                    From = DecisionTable.PowerName,
                    Kind = offer,
                    Domains = domains,
                    AnnualUsd = aidAtBenchmark switch { true => benchmark.AnnualUsd, false => 0m, null => null },
                },
            ],
        };
    }
}
