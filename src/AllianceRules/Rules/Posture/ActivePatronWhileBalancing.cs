using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Posture.ActivePatronWhileBalancing")]
[Description("While balancing, the hedging state is open to an alliance with a great power that contains the neighbour, even though that breaks its preference for strategic autonomy.")]
[Tag("C06")]
[Unmet("{hedger} does not balance against {neighbour}")]
[Priority(RulePriority.PostureConsequence)]
internal sealed class ActivePatronWhileBalancing : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;

        When()
            .WhilePosture(() => posture, Posture.Balance)
            .Match(() => patron);

        Then()
            .Yield(_ => new ActivePatron(patron.Power));
    }
}
