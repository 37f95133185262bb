using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.BalanceAloneWhenSettlementFailed")]
[Description("Relations are bad and the attempt to settle failed; with no patron on offer and no power relied on that has turned to the neighbour, the hedging state still balances, because balancing defends and deters better than deference that has failed (the article does not say it balances alone: D2).")]
[Tag("C05"), Tag("C19"), Tag("C20"), Tag("D2")]
[Absence(1, "a candidate patron")]
[Absence(2, "reliance on a power that seeks rapprochement with {neighbour}")]
[Priority(RulePriority.Posture)]
internal sealed class BalanceAloneWhenSettlementFailed : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .Not<CandidatePatron>()
            .Not<Reliance>(r => r.Power.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Balance));
    }
}
