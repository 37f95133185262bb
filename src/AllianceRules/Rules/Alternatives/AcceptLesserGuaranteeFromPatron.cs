using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptLesserGuaranteeFromPatron")]
[Description("The alternative to D28 (rulebook 2's reading): while balancing, the hedging state is open to an alliance with a patron, so it takes a guarantee even when it does not protect on land and at sea.")]
[Tag("C06")]
[Priority(RulePriority.Offers)]
[AlternativeTo("D28")]
internal sealed class AcceptLesserGuaranteeFromPatron : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind.IsGuarantee())
            .Not<FullGuarantee>(f => f.Guarantee == offer);

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Accept));
    }
}
