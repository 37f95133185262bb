using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.RespectStrategicAutonomyWhileBandwagoning")]
[Description("In good or stable times, a great power should respect the hedging state's strategic autonomy.")]
[Tag("C11")]
[Priority(RulePriority.Advice)]
internal sealed class RespectStrategicAutonomyWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => power);

        Then()
            .Yield(_ => new AdviceConclusion(power, Advice.RespectStrategicAutonomy));
    }
}
