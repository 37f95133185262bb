using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.RespectAutonomyUnlessBalancing")]
[Description("While relations are good or stable, or a settlement is still sought, what the hedging state needs from any great power is respect for its strategic autonomy; its needs change with the state of relations.")]
[Tag("C07"), Tag("C11")]
[Priority(RulePriority.Needs)]
internal sealed class RespectAutonomyUnlessBalancing : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon, Posture.SeekSettlement)
            .Match(() => power);

        Then()
            .Yield(_ => new NeedConclusion(power, Need.RespectAutonomy));
    }
}
