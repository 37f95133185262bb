using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.RejectAlignmentWhileBandwagoning")]
[Description("While bandwagoning, the hedging state turns down a great power's nudges to upgrade security cooperation, even a label-only upgrade, to keep the neighbour's goodwill and keep the status quo.")]
[Tag("C04"), Tag("C15")]
[Priority(RulePriority.Offers)]
internal sealed class RejectAlignmentWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => offer, o => o.Kind.IsAlignment(), o => o.Kind != OfferKind.BaseAccess);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
