using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.BorderTestOfMaritimeAlly")]
[Description("A neighbour that shares a land border with the hedging state and threatens it on land and at sea can cheaply test its alliance with a maritime great power through border incursions.")]
[Tag("C36"), Tag("C37")]
[Priority(RulePriority.Risks)]
internal sealed class BorderTestOfMaritimeAlly : Rule
{
    public override void Define()
    {
        ScenarioRoles roles = default!;
        GeographyConstraint border = default!;
        MaritimeOnly maritime = default!;
        GreatPowerOffer guarantee = default!;

        When()
            .Match(() => roles)
            .Match(() => border, b => b.IsLandBorderBetween(roles.HedgingState, roles.Neighbour))
            .Match(() => maritime)
            .Match(() => guarantee, MadeBy(() => maritime.Power), g => g.Kind.IsGuarantee());

        Then()
            .Yield(_ => new RiskConclusion(Risk.BorderTest, maritime.Power, guarantee));
    }
}
