using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.BorderTestOfMaritimeAlly")]
[Description("While balancing, a neighbour that shares a land border with the hedging state and threatens it on land and at sea can cheaply test an alliance with a patron likely limited to the sea, through border incursions.")]
[Tag("C36"), Tag("C37")]
[Priority(RulePriority.Risks)]
internal sealed class BorderTestOfMaritimeAlly : Rule
{
    public override void Define()
    {
        ScenarioRoles roles = default!;
        GeographyConstraint border = default!;
        ActivePatron patron = default!;
        MaritimeOnly maritime = default!;
        GreatPowerOffer guarantee = default!;

        When()
            .Match(() => roles)
            .Match(() => border, b => b.IsLandBorderBetween(roles.HedgingState, roles.Neighbour))
            .Match(() => patron)
            .Match(() => maritime, m => m.Power == patron.Power)
            .Match(() => guarantee, MadeBy(() => maritime.Power), g => g.Kind.IsGuarantee());

        Then()
            .Yield(_ => new RiskConclusion(Risk.BorderTest, maritime.Power, guarantee));
    }
}
