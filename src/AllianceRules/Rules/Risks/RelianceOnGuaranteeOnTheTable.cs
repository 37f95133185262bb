using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.RelianceOnGuaranteeOnTheTable")]
[Description("The hedging state comes to rely on a great power that puts a guarantee on the table, and so has its abandonment to fear.")]
[Tag("C48"), Tag("D12")]
[Unmet("{power} puts no guarantee on the table")]
[Priority(RulePriority.Risks)]
internal sealed class RelianceOnGuaranteeOnTheTable : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        GreatPowerOffer guarantee = default!;

        When()
            .Match(() => power)
            .Match(() => guarantee, MadeBy(() => power), g => g.Kind.IsGuarantee());

        Then()
            .Yield(_ => new Reliance(power, guarantee));
    }
}
