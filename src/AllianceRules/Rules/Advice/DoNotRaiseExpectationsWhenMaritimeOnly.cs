using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.DoNotRaiseExpectationsWhenMaritimeOnly")]
[Description("A candidate patron that cannot commit to the hedging state's land security had better not raise expectations of its commitment.")]
[Tag("C53")]
[Priority(RulePriority.Advice)]
internal sealed class DoNotRaiseExpectationsWhenMaritimeOnly : Rule
{
    public override void Define()
    {
        CandidatePatron patron = default!;
        MaritimeOnly maritime = default!;

        When()
            .Match(() => patron)
            .Match(() => maritime, m => m.Power == patron.Power);

        Then()
            .Yield(_ => new AdviceConclusion(maritime.Power, Advice.DoNotRaiseExpectations));
    }
}
