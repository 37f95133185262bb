using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoSeaProtectionGap")]
[Description("A patron none of whose guarantees covers the sea falls short: it must show it can protect the hedging state at sea as well as on land.")]
[Tag("C45")]
[Absence(1, "a guarantee from {power} that protects {hedger} at sea", DrawnBy = ["Geography.GuaranteeProtectsSea"])]
[Unmet("a guarantee from {power} protects {hedger} at sea")]
[Priority(RulePriority.Commitment)]
internal sealed class NoSeaProtectionGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<GuaranteeProtection>(g => g.Guarantee.From == patron.Power.Name, g => g.Domain == Domain.Sea);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NoSeaProtection));
    }
}
