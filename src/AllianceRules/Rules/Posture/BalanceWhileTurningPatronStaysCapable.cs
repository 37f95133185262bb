using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.BalanceWhileTurningPatronStaysCapable")]
[Description("Relations are bad and the settlement failed; the great power the hedging state relies on has turned to the neighbour but can still supply what it offers, and no capable patron is on offer: the article ties the resistance to that power's capability, so it would likely have continued, and the hedging state still balances.")]
[Tag("C05"), Tag("C19"), Tag("C20"), Tag("C27")]
[Absence(1, "a capable candidate patron")]
[Absence(2, "reliance on a power that is no longer capable and seeks rapprochement with {neighbour}")]
[Priority(RulePriority.Posture)]
internal sealed class BalanceWhileTurningPatronStaysCapable : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        IEnumerable<Reliance> turning = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .Not<CandidatePatron>(c => c.Power.Capable)
            .AtLeastOne(() => turning, r => r.Power.Stance == Stance.Rapprochement, r => r.Power.Capable)
            .Not<Reliance>(r => r.Power.Stance == Stance.Rapprochement, r => !r.Power.Capable);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Balance));
    }
}
