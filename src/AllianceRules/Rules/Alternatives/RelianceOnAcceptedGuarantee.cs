using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.RelianceOnAcceptedGuarantee")]
[Description("The alternative to D12: the hedging state comes to rely on a great power only once it accepts that power's guarantee (a treaty or a security guarantee); a guarantee merely on the table, or aid and lesser cooperation accepted, makes no dependence to fear the loss of.")]
[Tag("C48")]
[Unmet("{hedger} accepts no guarantee from {power}")]
[Priority(RulePriority.Risks)]
[AlternativeTo("D12")]
internal sealed class RelianceOnAcceptedGuarantee : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        ResponseConclusion response = default!;

        When()
            .Match(() => power)
            .Match(() => response, r => r.Decision == Decision.Accept, r => r.Offer.From == power.Name, r => r.Offer.Kind.IsGuarantee());

        Then()
            .Yield(_ => new Reliance(power, response.Offer));
    }
}
