using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

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
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => power)
            .Query(() => proposals, q => q
                .Match<GreatPowerOffer>(o => o.From == power.Name, o => o.Kind.IsAlignment())
                .Collect()
                .Where(c => c.Any()));

        Then()
            .Yield(_ => new AdviceConclusion(power, Advice.DoNotPushUpgrade));
    }
}
