using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.PoliticalSystemNotRespectedGap")]
[Description("A patron that does not respect the hedging state's political system falls short of the first condition of a credible commitment.")]
[Tag("C44")]
[Priority(RulePriority.Commitment)]
internal sealed class PoliticalSystemNotRespectedGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron, p => !p.Power.RespectsPoliticalSystem);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.PoliticalSystemNotRespected));
    }
}
