using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.DeferAlignmentWhileSeekingSettlement")]
[Description("Until its attempt to settle with the neighbour has failed, the hedging state leaves offers of alignment unanswered.")]
[Tag("C20")]
[Priority(RulePriority.Offers)]
internal sealed class DeferAlignmentWhileSeekingSettlement : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.SeekSettlement)
            .Match(() => offer, o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new ResponseConclusion(offer, Decision.Defer));
    }
}
