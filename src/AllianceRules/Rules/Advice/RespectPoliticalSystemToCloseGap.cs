using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.RespectPoliticalSystemToCloseGap")]
[Description("A patron that has not affirmed its respect for the hedging state's political system, or has affirmed it only in part, should affirm it fully: it is the first condition of a credible commitment.")]
[Tag("C44")]
[Priority(RulePriority.Advice)]
internal sealed class RespectPoliticalSystemToCloseGap : Rule
{
    public override void Define()
    {
        GapConclusion gap = default!;

        When()
            .Match(() => gap, g => g.Gap == Gap.PoliticalSystemNotAffirmed);

        Then()
            .Yield(_ => new AdviceConclusion(gap.Power, Advice.RespectPoliticalSystem));
    }
}
