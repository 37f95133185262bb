using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NotCredibleWhileGapsRemain")]
[Description("A patron whose commitment still has gaps has not made the credible commitment that enlisting the hedging state takes.")]
[Tag("C43")]
[Unmet("no gap remains in {power}'s commitment")]
[Priority(RulePriority.CommitmentConsequence)]
internal sealed class NotCredibleWhileGapsRemain : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        IEnumerable<GapConclusion> gaps = default!;

        When()
            .Match(() => patron)
            .AtLeastOne(() => gaps, g => g.Power == patron.Power);

        Then()
            .Yield(_ => new CommitmentConclusion(patron.Power, Credible: false));
    }
}
