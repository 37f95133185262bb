using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.RejectBaseAccessWhileBandwagoning")]
[Description("While bandwagoning, the hedging state refuses a great power access to its bases, as it refused the request for the southern ports in 1975, to stay out of the great powers' rivalry.")]
[Tag("C04"), Tag("C13"), Tag("C15")]
[Priority(RulePriority.Offers)]
internal sealed class RejectBaseAccessWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => offer, o => o.Kind == OfferKind.BaseAccess);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Reject));
    }
}
