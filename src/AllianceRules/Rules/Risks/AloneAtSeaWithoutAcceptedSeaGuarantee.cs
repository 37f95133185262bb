using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.AloneAtSeaWithoutAcceptedSeaGuarantee")]
[Description("Coerced at sea with no patron's guarantee that it has accepted covering the sea, the hedging state stands alone, however much security cooperation it has: a guarantee turned down or held protects nothing (only a patron's guarantee counts: D13).")]
[Tag("C39"), Tag("D13")]
[Absence(1, "an accepted guarantee that protects {hedger} at sea", DrawnBy = ["Geography.GuaranteeProtectsSea"])]
[Priority(RulePriority.Risks)]
internal sealed class AloneAtSeaWithoutAcceptedSeaGuarantee : Rule
{
    public override void Define()
    {
        IEnumerable<CoercionEvent> seaCoercion = default!;
        IEnumerable<AcceptedGuarantee> accepted = default!;

        When()
            .AtLeastOne(() => seaCoercion, c => c.Domain == Domain.Sea)
            .Query(() => accepted, q => q
                .Match<AcceptedGuarantee>()
                .Collect())
            .Not<GuaranteeProtection>(g => g.Domain == Domain.Sea, g => accepted.Any(a => a.Guarantee == g.Guarantee));

        Then()
            .Yield(_ => new RiskConclusion(Risk.AloneAtSea, Power: null, Offer: null));
    }
}
