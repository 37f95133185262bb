using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.MaritimeOnlyWithoutLandProtection")]
[Description("A great power that cannot protect the hedging state on land, such as one that avoids a land war, is likely to be limited to protection at sea.")]
[Tag("C33")]
[Priority(RulePriority.GeographyConsequence)]
internal sealed class MaritimeOnlyWithoutLandProtection : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power)
            .Not<CanProtectLand>(c => c.Power == power);

        Then()
            .Yield(_ => new MaritimeOnly(power));
    }
}
