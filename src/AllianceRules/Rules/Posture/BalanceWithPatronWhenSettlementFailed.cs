using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.BalanceWithPatronWhenSettlementFailed")]
[Description("Relations are bad and deference failed to change the neighbour's behaviour, so the hedging state balances, shared ideology notwithstanding; a capable great power that contains the neighbour is there to balance with, even if another has turned away.")]
[Tag("C05"), Tag("C19"), Tag("C20")]
[Priority(RulePriority.Posture)]
internal sealed class BalanceWithPatronWhenSettlementFailed : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        IEnumerable<CandidatePatron> patrons = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .AtLeastOne(() => patrons, c => c.Power.Capable);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Balance));
    }
}
