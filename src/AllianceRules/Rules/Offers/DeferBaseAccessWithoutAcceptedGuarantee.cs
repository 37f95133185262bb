using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.DeferBaseAccessWithoutAcceptedGuarantee")]
[Description("While balancing, base access is the price of a security guarantee; with no guarantee of the patron's accepted, the exchange is not on the table, and we read the request as held, not granted (D29).")]
[Tag("C22"), Tag("D29")]
[Priority(RulePriority.OffersConsequence)]
internal sealed class DeferBaseAccessWithoutAcceptedGuarantee : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.BaseAccess)
            .Not<AcceptedGuarantee>(a => a.Power == patron.Power);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Defer));
    }
}
