using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Geography.CanProtectLandWithTroops")]
[Description("Troops stationed on the hedging state's soil let a great power protect it on land, whatever its own borders.")]
[Tag("C46")]
[Unmet("{power} offers no troops to station on {hedger}'s soil")]
[Priority(RulePriority.Geography)]
internal sealed class CanProtectLandWithTroops : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        IEnumerable<GreatPowerOffer> troops = default!;

        When()
            .Match(() => power)
            .AtLeastOne(() => troops, MadeBy(() => power), o => o.Kind == OfferKind.TroopStationing);

        Then()
            .Yield(_ => new CanProtectLand(power, LandProtectionBasis.TroopsOnSoil));
    }
}
