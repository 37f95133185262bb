using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.AccommodateWhenPatronRetrenches")]
[Description("Relations are bad and settlement failed, but no great power still contains the neighbour and one has turned to rapprochement and retrenchment; without a capable patron the hedging state must give in on the neighbour's terms.")]
[Tag("C26"), Tag("C27")]
[Priority(RulePriority.Posture)]
internal sealed class AccommodateWhenPatronRetrenches : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        IEnumerable<GreatPower> retrenching = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .Not<CandidatePatron>()
            .AtLeastOne(() => retrenching, p => p.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Accommodate));
    }
}
