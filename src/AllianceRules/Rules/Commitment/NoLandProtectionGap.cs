using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoLandProtectionGap")]
[Description("A patron none of whose guarantees protects the hedging state on land falls short: it must show it can protect on land, which a power that cannot press the neighbour there, or avoids a land war, cannot.")]
[Tag("C24"), Tag("C33"), Tag("C45")]
[Absence(1, "a guarantee from {power} that protects {hedger} on land", DrawnBy = ["Geography.GuaranteeProtectsLand"])]
[Unmet("a guarantee from {power} protects {hedger} on land")]
[Priority(RulePriority.Commitment)]
internal sealed class NoLandProtectionGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<GuaranteeProtection>(g => g.Guarantee.From == patron.Power.Name, g => g.Domain == Domain.Land);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NoLandProtection));
    }
}
