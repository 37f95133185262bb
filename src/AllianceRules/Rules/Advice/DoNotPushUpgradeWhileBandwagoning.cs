using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Advice.DoNotPushUpgradeWhileBandwagoning")]
[Description("In good or stable times, a great power should not press an upgrade the hedging state will decline anyway: the proposal alone arouses the neighbour's suspicion.")]
[Tag("C12"), Tag("C15")]
[Priority(RulePriority.Advice)]
internal sealed class DoNotPushUpgradeWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;
        IEnumerable<GreatPowerOffer> proposals = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => power)
            .AtLeastOne(() => proposals, MadeBy(() => power), o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new AdviceConclusion(power, Advice.DoNotPushUpgrade));
    }
}
