using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.RejectBaseAccessWhileBandwagoning")]
[Description("While bandwagoning, the hedging state refuses an extra-regional power that courts the neighbour's periphery access to its bases, as it refused the request for the southern ports in 1975, to stay out of the great powers' rivalry.")]
[Tag("C04"), Tag("C13"), Tag("C15")]
[Priority(RulePriority.Offers)]
internal sealed class RejectBaseAccessWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.BaseAccess);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
