using AllianceRules.Rules;

namespace AllianceRules.Weighing;

/// <summary>
/// The alternative readings that ship with the library, one per interpretive decision that adds
/// content (rulebook v3, "Weighing the readings"): apply one to <see cref="AllianceRulesOptions"/>
/// to see the theory without that decision, or weigh them all with <see cref="ReadingWeights.Weigh"/>.
/// </summary>
public static class AlternativeReadings
{
    /// <summary>Every alternative reading, in the order of the decision catalogue.</summary>
    public static IReadOnlyList<AlternativeReading> All { get; } =
    [
        new("D2", ["Posture.BalanceAloneWhenSettlementFailed"], typeof(AccommodateAloneWhenSettlementFailed)),
        new("D11", ["Commitment.AidBelowBenchmarkGap"]),
        new("D12", ["Risks.RelianceOnAcceptedOffer", "Risks.RelianceOnGuaranteeOnTheTable"], typeof(RelianceOnAcceptedGuarantee)),
        new("D13", ["Risks.AloneAtSeaWithoutAcceptedSeaGuarantee"], typeof(AloneAtSeaWhateverTheGuarantee)),
        new("D14", ["Outlook.UnlikelyWithNonPatron"]),
        new("D16", ["Commitment.CredibleWhenNoGapRemains", "Outlook.LikelyWithCredibleCommitment"], typeof(PossibleWithNoGapLeft)),
        new("D24", ["Offers.AcceptCapacityBuildingWhileBandwagoning"]),
        new("D25", ["Offers.DeferAlignmentWhileSeekingSettlement"]),
        new("D26", ["Offers.AcceptArmsSalesFromPatron", "Offers.AcceptCapacityBuildingFromPatron", "Offers.AcceptPartnershipUpgradeFromPatron"]),
        new("D28", ["Offers.DeferLesserGuaranteeFromPatron"], typeof(AcceptLesserGuaranteeFromPatron)),
        new("D29", ["Offers.DeferBaseAccessWithoutAcceptedGuarantee"]),
        new("D35", ["Outlook.UnlikelyWhileAccommodating"]),
    ];

    /// <summary>Finds an alternative reading by its ID (<c>D13-alternative</c>) or by its decision's ID (<c>D13</c>).</summary>
    /// <param name="id">The reading's or the decision's ID.</param>
    /// <returns>The reading, or <see langword="null"/> if there is none.</returns>
    public static AlternativeReading? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return All.FirstOrDefault(reading => reading.Id == id || reading.Decision.Id == id);
    }
}
