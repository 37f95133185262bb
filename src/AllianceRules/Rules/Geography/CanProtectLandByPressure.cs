using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.CanProtectLandByPressure")]
[Description("A power that can press the neighbour on land, and has both the capability and the will to fight there, can protect the hedging state on land.")]
[Tag("C24"), Tag("C31"), Tag("C33")]
[Unmet("{power} avoids a land war")]
[Priority(RulePriority.Geography)]
internal sealed class CanProtectLandByPressure : Rule
{
    public override void Define()
    {
        CanPressOnLand pressure = default!;

        When()
            .Match(() => pressure, p => !p.Power.AvoidsLandWar);

        Then()
            .Yield(_ => new CanProtectLand(pressure.Power, LandProtectionBasis.LandPressure));
    }
}
