using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.LikelyWithCredibleCommitment")]
[Description("With a patron whose commitment is credible and long-term, the hedging state can be enlisted against the neighbour: an alliance is likely.")]
[Tag("C43")]
[Priority(RulePriority.Outlook)]
internal sealed class LikelyWithCredibleCommitment : Rule
{
    public override void Define()
    {
        CommitmentConclusion commitment = default!;

        When()
            .Match(() => commitment, c => c.Credible);

        Then()
            .Yield(_ => new OutlookConclusion(commitment.Power, AllianceOutlook.Likely));
    }
}
