using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Offers.DeferAlignmentWhileSeekingSettlement")]
[Description("Balancing starts only once the attempt to settle with the neighbour has failed; until then, as with the treaty proposal of 1975-78, the hedging state leaves a candidate patron's offers of alignment unanswered (D25).")]
[Tag("C20"), Tag("D25")]
[Priority(RulePriority.Offers)]
internal sealed class DeferAlignmentWhileSeekingSettlement : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.SeekSettlement)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Defer));
    }
}
