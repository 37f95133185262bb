using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.GuaranteeAcceptedFromPatron")]
[Description("A guarantee the hedging state accepts is the security in exchange for which it opens its bases.")]
[Tag("C22")]
[Unmet("{hedger} accepts no guarantee from {power}")]
[Priority(RulePriority.OffersConsequence)]
internal sealed class GuaranteeAcceptedFromPatron : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        ResponseConclusion response = default!;

        When()
            .Match(() => patron)
            .Match(() => response, r => r.Decision == Decision.Accept, r => r.Offer.Kind.IsGuarantee(), r => r.Offer.From == patron.Power.Name);

        Then()
            .Yield(_ => new AcceptedGuarantee(patron.Power, response.Offer));
    }
}
