using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptFullGuaranteeFromPatron")]
[Description("While balancing, the hedging state is open to an alliance with a patron, even at the cost of its strategic autonomy, when the patron grants a security guarantee like the one its past patron granted: protection on land and at sea.")]
[Tag("C06"), Tag("C30")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptFullGuaranteeFromPatron : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GreatPowerOffer offer = default!;
        FullGuarantee full = default!;

        When()
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind.IsGuarantee())
            .Match(() => full, f => f.Guarantee == offer);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
