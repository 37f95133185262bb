using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.BalanceWithIncapablePatronWhenSettlementFailed")]
[Description("Relations are bad and the settlement failed; the powers that contain the neighbour can no longer supply all they offer, but none the hedging state relied on has turned to the neighbour, so it has lost no patron and still balances.")]
[Tag("C05"), Tag("C19"), Tag("C20")]
[Absence(1, "a capable candidate patron")]
[Absence(2, "reliance on a power that seeks rapprochement with {neighbour}")]
[Priority(RulePriority.Posture)]
internal sealed class BalanceWithIncapablePatronWhenSettlementFailed : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        IEnumerable<CandidatePatron> patrons = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .AtLeastOne(() => patrons)
            .Not<CandidatePatron>(c => c.Power.Capable)
            .Not<Reliance>(r => r.Power.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Balance));
    }
}
