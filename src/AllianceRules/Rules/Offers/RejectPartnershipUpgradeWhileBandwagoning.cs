using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.RejectPartnershipUpgradeWhileBandwagoning")]
[Description("While bandwagoning, the hedging state turns down even a label-only upgrade of its partnership with an extra-regional power that courts the neighbour's periphery: the label itself signals to the neighbour, and the hedging state keeps its goodwill and the status quo.")]
[Tag("C04"), Tag("C15"), Tag("C17")]
[Priority(RulePriority.Offers)]
internal sealed class RejectPartnershipUpgradeWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
