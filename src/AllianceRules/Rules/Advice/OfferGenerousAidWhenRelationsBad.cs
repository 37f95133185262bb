using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.OfferGenerousAidWhenRelationsBad")]
[Description("When relations are bad, whatever the hedging state's posture, a great power that contains the neighbour should be ready to offer generous military and economic aid so the hedging state can withstand coercion.")]
[Tag("C18")]
[Priority(RulePriority.Advice)]
internal sealed class OfferGenerousAidWhenRelationsBad : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        CandidatePatron patron = default!;

        When()
            .Match(() => relation, r => r.Level == RelationLevel.Strained || r.Level == RelationLevel.Hostile)
            .Match(() => patron);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.OfferGenerousAid));
    }
}
