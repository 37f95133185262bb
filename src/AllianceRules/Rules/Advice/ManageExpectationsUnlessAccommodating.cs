using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.ManageExpectationsUnlessAccommodating")]
[Description("A candidate patron should manage expectations, adding substance beyond labels: one that shows it has the hedging state's back when relations deteriorate need not care what its partnership is called.")]
[Tag("C17"), Tag("C51"), Tag("C52")]
[Priority(RulePriority.Advice)]
internal sealed class ManageExpectationsUnlessAccommodating : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon, Posture.SeekSettlement, Posture.Balance)
            .Match(() => patron);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.ManageExpectations));
    }
}
