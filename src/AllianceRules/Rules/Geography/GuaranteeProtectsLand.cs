using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.GuaranteeProtectsLand")]
[Description("A guarantee protects the hedging state on land only when it lists land and its giver can protect it there.")]
[Tag("C45")]
[Unmet("no guarantee from {power} lists land", ForOffer = "the offer does not list land")]
[Priority(RulePriority.GeographyConsequence)]
internal sealed class GuaranteeProtectsLand : Rule
{
    public override void Define()
    {
        GreatPowerOffer guarantee = default!;
        IEnumerable<CanProtectLand> landProtection = default!;

        When()
            .Match(() => guarantee, g => g.Kind.IsGuarantee(), g => g.Covers(Domain.Land))
            .AtLeastOne(() => landProtection, c => c.Power.Name == guarantee.From);

        Then()
            .Yield(_ => new GuaranteeProtection(guarantee, Domain.Land));
    }
}
