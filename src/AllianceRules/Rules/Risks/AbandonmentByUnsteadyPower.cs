using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.AbandonmentByUnsteadyPower")]
[Description("A great power the hedging state relies on that wavers with its domestic politics, turns to the neighbour or can no longer supply what it offered may walk away once exhausted, as the patron did after 1986; the hedging state must live beside the neighbour for ever.")]
[Tag("C26"), Tag("C48"), Tag("C50")]
[Priority(RulePriority.RisksConsequence)]
internal sealed class AbandonmentByUnsteadyPower : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        Reliance reliance = default!;

        When()
            .WhilePosture(() => posture, Posture.Balance, Posture.Accommodate)
            .Match(() => reliance, r => r.Power.Resolve == Resolve.Wavering || r.Power.Stance == Stance.Rapprochement || !r.Power.Capable);

        Then()
            .Yield(_ => new RiskConclusion(Risk.Abandonment, reliance.Power, reliance.Offer));
    }
}
