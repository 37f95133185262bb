using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.CredibleWhenNoGapRemains")]
[Description("A patron whose commitment has no gap has made the credible, long-term commitment strong enough to withstand the neighbour's coercion that enlisting the hedging state takes.")]
[Tag("C43")]
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
