using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.DemonstrateReachWhenOverseas")]
[Description("The hedging state attends to the nearby fire before the distant water: a power that reaches the region only across the sea must show it can cross it when needed.")]
[Tag("C55"), Tag("C56")]
[Priority(RulePriority.Advice)]
internal sealed class DemonstrateReachWhenOverseas : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        GeographyConstraint overseas = default!;

        When()
            .Match(() => power)
            .Match(() => overseas, g => g.Kind == GeographyKind.Overseas, g => g.Subject == power.Name);

        Then()
            .Yield(_ => new AdviceConclusion(power, Advice.DemonstrateReach));
    }
}
