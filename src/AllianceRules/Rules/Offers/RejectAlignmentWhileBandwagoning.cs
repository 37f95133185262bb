using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.RejectAlignmentWhileBandwagoning")]
[Description("While bandwagoning, the hedging state turns down the nudges of an extra-regional power that courts the neighbour's periphery to upgrade security cooperation (a treaty, a guarantee, troops), to keep the neighbour's goodwill and keep the status quo.")]
[Tag("C04"), Tag("C15")]
[Priority(RulePriority.Offers)]
internal sealed class RejectAlignmentWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind.IsAlignment(), o => o.Kind != OfferKind.BaseAccess, o => o.Kind != OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
