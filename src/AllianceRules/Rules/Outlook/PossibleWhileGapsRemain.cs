using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.PossibleWhileGapsRemain")]
[Description("While balancing, an alliance with a patron whose commitment still has gaps is possible, not nil: the article judges so of a patron that does not yet meet its conditions.")]
[Tag("C31")]
[Priority(RulePriority.Outlook)]
internal sealed class PossibleWhileGapsRemain : Rule
{
    public override void Define()
    {
        CommitmentConclusion commitment = default!;

        When()
            .Match(() => commitment, c => !c.Credible);

        Then()
            .Yield(_ => new OutlookConclusion(commitment.Power, AllianceOutlook.Possible));
    }
}
