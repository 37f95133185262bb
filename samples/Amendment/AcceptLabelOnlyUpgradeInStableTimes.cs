using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace Amendment;

[Name("Amendment.AcceptLabelOnlyUpgradeInStableTimes")]
[Description("In stable times, reassurance is enough: the hedging state accepts a label-only upgrade, since the label changes no substance.")]
[Tag("X01")]
public sealed class AcceptLabelOnlyUpgradeInStableTimes : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        RelationState relation = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => relation, r => r.Level == RelationLevel.Stable)
            .Match(() => offer, o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
