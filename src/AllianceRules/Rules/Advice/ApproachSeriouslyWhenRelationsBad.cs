using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.ApproachSeriouslyWhenRelationsBad")]
[Description("When relations are bad, whatever the hedging state's posture, a great power that contains the neighbour should approach it seriously.")]
[Tag("C18")]
[Priority(RulePriority.Advice)]
internal sealed class ApproachSeriouslyWhenRelationsBad : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        CandidatePatron patron = default!;

        When()
            .Match(() => relation, r => r.Level == RelationLevel.Strained || r.Level == RelationLevel.Hostile)
            .Match(() => patron);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.ApproachSeriously));
    }
}
