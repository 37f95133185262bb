using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.DeferLesserGuaranteeFromPatron")]
[Description("While balancing, a patron's guarantee short of the one its past patron granted (one that does not protect on land and at sea) is less than the hedging state wants before it balances with a great power, and less than it would likely demand if relations deteriorated sharply; allying for the sea alone invites punishment on land. We read it as held while the hedging state asks for more, not taken (D28).")]
[Tag("C28"), Tag("C30"), Tag("C54"), Tag("D28")]
[Priority(RulePriority.Offers)]
internal sealed class DeferLesserGuaranteeFromPatron : Rule
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
            .Yield(_ => new ResponseConclusion(offer, Decision.Defer));
    }
}
