using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.RaisedExpectationsFromMaritimePower")]
[Description("A candidate patron that cannot commit to the hedging state's land security raises expectations it cannot meet, and the neighbour's suspicion, when it offers alignment.")]
[Tag("C53")]
[Priority(RulePriority.Risks)]
internal sealed class RaisedExpectationsFromMaritimePower : Rule
{
    public override void Define()
    {
        CandidatePatron patron = default!;
        MaritimeOnly maritime = default!;
        GreatPowerOffer offer = default!;

        When()
            .Match(() => patron)
            .Match(() => maritime, m => m.Power == patron.Power)
            .Match(() => offer, MadeBy(() => maritime.Power), o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new RiskConclusion(Risk.RaisedExpectations, maritime.Power, offer));
    }
}
