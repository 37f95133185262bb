using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.AccommodateAloneWhenSettlementFailed")]
[Description("The alternative to D2: relations are bad and the settlement failed, but no patron is on offer and no power relied on has turned to the neighbour; the hedging state cannot defend itself against the neighbour alone, so it gives in on the neighbour's terms rather than balance alone.")]
[Tag("C09")]
[Absence(1, "a candidate patron")]
[Absence(2, "reliance on a power that seeks rapprochement with {neighbour}")]
[Priority(RulePriority.Posture)]
[AlternativeTo("D2")]
internal sealed class AccommodateAloneWhenSettlementFailed : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => r.IsBad, r => r.SettlementFailed)
            .Not<CandidatePatron>()
            .Not<Reliance>(r => r.Power.Stance == Stance.Rapprochement);

        Then()
            .Yield(_ => new PostureConclusion(Posture.Accommodate));
    }
}
