using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptCapacityBuildingWhileBandwagoning")]
[Description("While bandwagoning, the hedging state prefers the status quo, and current cooperation mostly builds its naval capacity; we read a candidate patron's help with its own capacity as part of that status quo, and so accepted (D24).")]
[Tag("C15"), Tag("C35"), Tag("D24")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptCapacityBuildingWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.CapacityBuilding);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
