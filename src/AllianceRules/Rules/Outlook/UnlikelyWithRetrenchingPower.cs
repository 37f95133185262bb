using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWithRetrenchingPower")]
[Description("A great power that improves relations with the neighbour and retrenches is no ally: in any posture, an alliance with it is unlikely, and without a patron the hedging state must give in.")]
[Tag("C26")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWithRetrenchingPower : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power, p => p.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
