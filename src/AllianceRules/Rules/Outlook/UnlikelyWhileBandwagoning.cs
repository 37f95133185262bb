using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileBandwagoning")]
[Description("While bandwagoning, the hedging state turns down nudges toward any great power's camp: an alliance is unlikely.")]
[Tag("C04")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => power);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
