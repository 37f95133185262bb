using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.RespectPoliticalSystemToCloseGap")]
[Description("A patron that does not respect the hedging state's political system should reaffirm that it does.")]
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
