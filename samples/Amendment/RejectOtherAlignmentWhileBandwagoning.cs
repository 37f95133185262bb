using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace Amendment;

[Name("Amendment.RejectOtherAlignmentWhileBandwagoning")]
[Description("While bandwagoning, the hedging state still turns down every other nudge toward alignment from a candidate patron, to keep the neighbour's goodwill (the article's rule, less the label-only upgrade in stable times).")]
[Tag("C04"), Tag("C15")]
public sealed class RejectOtherAlignmentWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        RelationState relation = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => relation)
            .Match(() => patron)
            .Match(
                () => offer,
                o => o.From == patron.Power.Name,
                o => o.Kind.IsAlignment(),
                o => o.Kind != OfferKind.BaseAccess,
                o => !(o.Kind == OfferKind.PartnershipUpgrade && relation.Level == RelationLevel.Stable));

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
