using AllianceRules;

namespace Amendment;

/// <summary>
/// A disagreement with the article (C15): in stable times, reassurance is enough for the hedging
/// state to accept a label-only upgrade, the strategic partnership, while it still turns down
/// every substantive step toward alignment. Claim X01 is ours, not the article's.
/// </summary>
public sealed class ReassuranceAmendment : IRulebookAmendment
{
    /// <inheritdoc />
    public string Description =>
        "X01: in stable times, reassurance lets the hedging state accept a label-only upgrade (a strategic partnership).";

    /// <inheritdoc />
    public void Apply(AllianceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // The article's rule rejects a label-only upgrade in any good or stable time; ours splits it in two.
        options.DisabledRules.Add("Offers.RejectPartnershipUpgradeWhileBandwagoning");
        options.AdditionalRuleTypes.Add(typeof(AcceptLabelOnlyUpgradeInStableTimes));
        options.AdditionalRuleTypes.Add(typeof(RejectLabelOnlyUpgradeUnlessStable));
    }
}
