using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.AloneAtSeaWhateverTheGuarantee")]
[Description("The alternative to D13: coerced at sea, the hedging state stands alone even under a patron's guarantee that covers the sea, since any great power's commitment can fail, as the 1988 reef attack showed.")]
[Tag("C39"), Tag("C41")]
[Priority(RulePriority.Risks)]
[AlternativeTo("D13")]
internal sealed class AloneAtSeaWhateverTheGuarantee : Rule
{
    public override void Define()
    {
        IEnumerable<CoercionEvent> seaCoercion = default!;

        When()
            .AtLeastOne(() => seaCoercion, c => c.Domain == Domain.Sea);

        Then()
            .Yield(_ => new RiskConclusion(Risk.AloneAtSea, Power: null, Offer: null));
    }
}
