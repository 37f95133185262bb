using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.ChineseSuspicionFromAlignmentProposal")]
[Description("In good or stable times an offer of alignment made without regard to the state of relations arouses the neighbour's suspicion, even if declined and however the hedging state reassures it: the neighbour alone decides how to respond.")]
[Tag("C12"), Tag("C14")]
[Priority(RulePriority.Risks)]
internal sealed class ChineseSuspicionFromAlignmentProposal : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => power)
            .Match(() => offer, MadeBy(() => power), o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new RiskConclusion(Risk.ChineseSuspicion, power, offer));
    }
}
