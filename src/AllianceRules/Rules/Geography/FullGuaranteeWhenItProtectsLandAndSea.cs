using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.FullGuaranteeWhenItProtectsLandAndSea")]
[Description("A guarantee that protects the hedging state both on land and at sea is the kind the hedging state's patron once gave: at least as many commitments as that alliance held.")]
[Tag("C28"), Tag("C30"), Tag("C45")]
[Unmet("no guarantee from {power} protects {hedger} both on land and at sea", ForOffer = "the offer does not protect {hedger} both on land and at sea")]
[Priority(RulePriority.GeographyConsequence)]
internal sealed class FullGuaranteeWhenItProtectsLandAndSea : Rule
{
    public override void Define()
    {
        GuaranteeProtection land = default!;
        GuaranteeProtection sea = default!;

        When()
            .Match(() => land, l => l.Domain == Domain.Land)
            .Match(() => sea, s => s.Domain == Domain.Sea, s => s.Guarantee == land.Guarantee);

        Then()
            .Yield(_ => new FullGuarantee(land.Guarantee));
    }
}
