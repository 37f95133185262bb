using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.GuaranteeProtectsSea")]
[Description("A guarantee that lists the sea protects the hedging state at sea.")]
[Tag("C45")]
[Unmet("no guarantee from {power} lists the sea", ForOffer = "the offer does not list the sea")]
[Priority(RulePriority.Geography)]
internal sealed class GuaranteeProtectsSea : Rule
{
    public override void Define()
    {
        GreatPowerOffer guarantee = default!;

        When()
            .Match(() => guarantee, g => g.Kind.IsGuarantee(), g => g.Covers(Domain.Sea));

        Then()
            .Yield(_ => new GuaranteeProtection(guarantee, Domain.Sea));
    }
}
