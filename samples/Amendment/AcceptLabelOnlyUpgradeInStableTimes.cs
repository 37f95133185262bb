using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace Amendment;

[Name("Amendment.AcceptLabelOnlyUpgradeInStableTimes")]
[Description("In stable times, reassurance is enough: the hedging state accepts a candidate patron's label-only upgrade, since the label changes no substance.")]
[Tag("X01")]
public sealed class AcceptLabelOnlyUpgradeInStableTimes : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        RelationState relation = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => relation, r => r.Level == RelationLevel.Stable)
            .Match(() => patron)
            .Match(() => offer, o => o.From == patron.Power.Name, o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
