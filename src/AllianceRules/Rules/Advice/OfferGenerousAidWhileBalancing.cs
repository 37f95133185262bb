using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.OfferGenerousAidWhileBalancing")]
[Description("When relations are bad, a great power that contains the neighbour should be ready to offer generous military and economic aid so the hedging state can withstand coercion.")]
[Tag("C18")]
[Priority(RulePriority.Advice)]
internal sealed class OfferGenerousAidWhileBalancing : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.OfferGenerousAid));
    }
}
