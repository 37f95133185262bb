using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.LikelyWithCredibleCommitment")]
[Description("A credible commitment is necessary for enlisting the hedging state against the neighbour; we read a patron that has made one, while the hedging state balances, as a likely ally (D16).")]
[Tag("C43"), Tag("D16")]
[Unmet("{power}'s commitment is not judged credible")]
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
