using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoSeaProtectionGap")]
[Description("A patron none of whose guarantees covers the sea falls short: it must show it can protect the hedging state at sea as well as on land.")]
[Tag("C45")]
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
