using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.RespectAutonomyWhileBandwagoning")]
[Description("While relations are good or stable, what the hedging state needs from any great power is respect for its strategic autonomy; its needs change with the state of relations.")]
[Tag("C07"), Tag("C11")]
[Priority(RulePriority.Needs)]
internal sealed class RespectAutonomyWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => power);

        Then()
            .Yield(_ => new NeedConclusion(power, Need.RespectAutonomy));
    }
}
