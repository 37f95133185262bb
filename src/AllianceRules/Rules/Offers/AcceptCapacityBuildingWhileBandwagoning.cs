using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptCapacityBuildingWhileBandwagoning")]
[Description("While bandwagoning, the hedging state takes help to build its own capacity, such as its navy: it keeps the status quo rather than changing the relationship.")]
[Tag("C15"), Tag("C35")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptCapacityBuildingWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => offer, o => o.Kind == OfferKind.CapacityBuilding);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
