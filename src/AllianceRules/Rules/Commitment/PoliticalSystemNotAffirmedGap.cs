using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.PoliticalSystemNotAffirmedGap")]
[Description("A patron that has not affirmed respect for the hedging state's political system, or has done so only with some degree of success, falls short of the first condition of a credible commitment.")]
[Tag("C44")]
[Unmet("{power} has affirmed respect for {hedger}'s political system")]
[Priority(RulePriority.Commitment)]
internal sealed class PoliticalSystemNotAffirmedGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron, p => p.Power.PoliticalSystem != PoliticalSystem.Affirmed);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.PoliticalSystemNotAffirmed));
    }
}
