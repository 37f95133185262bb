using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.CanPressOnLandWhenBorderingNeighbour")]
[Description("A great power that shares a land border with the neighbour can put direct military pressure on it.")]
[Tag("C24"), Tag("C32")]
[Unmet("no land border joins {power} and {neighbour}")]
[Priority(RulePriority.Geography)]
internal sealed class CanPressOnLandWhenBorderingNeighbour : Rule
{
    public override void Define()
    {
        GreatPower power = default!;
        ScenarioRoles roles = default!;
        GeographyConstraint border = default!;

        When()
            .Match(() => power)
            .Match(() => roles)
            .Match(() => border, b => b.IsLandBorderBetween(power.Name, roles.Neighbour));

        Then()
            .Yield(_ => new CanPressOnLand(power));
    }
}
