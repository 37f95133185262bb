using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.CredibleWhenNoGapRemains")]
[Description("A credible, long-term commitment strong enough to withstand the neighbour's coercion is what enlisting the hedging state takes; we read a patron with none of the article's conditions missing as having made it (D16).")]
[Tag("C43"), Tag("D16")]
[Unmet("a gap remains in {power}'s commitment")]
[Priority(RulePriority.CommitmentConsequence)]
internal sealed class CredibleWhenNoGapRemains : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<GapConclusion>(g => g.Power == patron.Power);

        Then()
            .Yield(_ => new CommitmentConclusion(patron.Power, Credible: true));
    }
}
