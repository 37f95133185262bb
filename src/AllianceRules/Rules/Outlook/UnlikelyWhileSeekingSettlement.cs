using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileSeekingSettlement")]
[Description("Until its attempt to settle with the neighbour has failed, the hedging state does not balance: an alliance is unlikely.")]
[Tag("C20")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileSeekingSettlement : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.SeekSettlement)
            .Match(() => power);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
