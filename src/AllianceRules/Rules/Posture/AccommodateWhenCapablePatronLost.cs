using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.AccommodateWhenCapablePatronLost")]
[Description("Relations are bad and the settlement failed, but the great power the hedging state relied on has turned to the neighbour and can no longer supply what it offered, and no capable patron remains: without one, the hedging state gives in on the neighbour's terms.")]
[Tag("C26"), Tag("C27")]
[Absence(1, "a capable candidate patron")]
[Priority(RulePriority.Posture)]
internal sealed class AccommodateWhenCapablePatronLost : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        IEnumerable<Reliance> lost = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .Not<CandidatePatron>(c => c.Power.Capable)
            .AtLeastOne(() => lost, r => r.Power.Stance == Stance.Rapprochement, r => !r.Power.Capable);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Accommodate));
    }
}
