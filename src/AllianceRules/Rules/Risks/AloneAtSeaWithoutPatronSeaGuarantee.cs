using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.AloneAtSeaWithoutPatronSeaGuarantee")]
[Description("Coerced at sea with no patron's guarantee covering the sea, the hedging state stands alone, however much security cooperation it has.")]
[Tag("C39"), Tag("D13")]
[Priority(RulePriority.Risks)]
internal sealed class AloneAtSeaWithoutPatronSeaGuarantee : Rule
{
    public override void Define()
    {
        IEnumerable<CoercionEvent> seaCoercion = default!;
        IEnumerable<CandidatePatron> patrons = default!;

        When()
            .AtLeastOne(() => seaCoercion, c => c.Domain == Domain.Sea)
            .Query(() => patrons, q => q
                .Match<CandidatePatron>()
                .Collect())
            .Not<GuaranteeProtection>(g => g.Domain == Domain.Sea, g => patrons.Any(p => p.Power.Name == g.Guarantee.From));

        Then()
            .Yield(_ => new RiskConclusion(Risk.AloneAtSea, Power: null, Offer: null));
    }
}
