using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWithRetrenchingPowerWhileBalancing")]
[Description("A great power that improves relations with the neighbour and retrenches is no ally to balance with.")]
[Tag("C26")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWithRetrenchingPowerWhileBalancing : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Balance)
            .Match(() => power, p => p.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
