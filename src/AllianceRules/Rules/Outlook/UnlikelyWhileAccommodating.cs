using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileAccommodating")]
[Description("Giving in on the neighbour's terms after its patron retrenched, the hedging state has no alliance to make.")]
[Tag("C26")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileAccommodating : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Accommodate)
            .Match(() => power);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
