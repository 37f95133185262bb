using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.CommitLongTermToCloseGap")]
[Description("A patron whose resolve is not demonstrated should commit for the long term, steady through its domestic politics: it can walk away, the hedging state cannot.")]
[Tag("C47"), Tag("C49"), Tag("C50")]
[Priority(RulePriority.Advice)]
internal sealed class CommitLongTermToCloseGap : Rule
{
    public override void Define()
    {
        GapConclusion gap = default!;

        When()
            .Match(() => gap, g => g.Gap == Gap.ResolveNotDemonstrated);

        Then()
            .Yield(_ => new AdviceConclusion(gap.Power, Advice.CommitLongTerm));
    }
}
