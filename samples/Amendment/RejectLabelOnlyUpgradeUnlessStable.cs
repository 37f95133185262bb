using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace Amendment;

[Name("Amendment.RejectLabelOnlyUpgradeUnlessStable")]
[Description("In good times the hedging state still turns down a candidate patron's label-only upgrade, to keep the neighbour's goodwill: the article's rule, less the stable times where reassurance is enough.")]
[Tag("C04"), Tag("C15"), Tag("C17")]
public sealed class RejectLabelOnlyUpgradeUnlessStable : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        RelationState relation = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => relation, r => r.Level != RelationLevel.Stable)
            .Match(() => patron)
            .Match(() => offer, o => o.From == patron.Power.Name, o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
