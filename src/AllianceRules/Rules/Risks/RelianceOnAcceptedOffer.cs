using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.RelianceOnAcceptedOffer")]
[Description("The hedging state comes to rely on a great power whose offer it accepts, and so has its abandonment to fear.")]
[Tag("C48"), Tag("D12")]
[Unmet("{hedger} accepts no offer from {power} other than a guarantee")]
[Priority(RulePriority.Risks)]
internal sealed class RelianceOnAcceptedOffer : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        ResponseConclusion response = default!;

        When()
            .Match(() => power)
            .Match(() => response, r => r.Decision == Decision.Accept, r => r.Offer.From == power.Name, r => !r.Offer.Kind.IsGuarantee());

        Then()
            .Yield(_ => new Reliance(power, response.Offer));
    }
}
