using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

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
            .Match(() => posture, p => p.Value == Posture.Bandwagon)
            .Match(() => power)
            .Match(() => offer, o => o.From == power.Name, o => o.Kind.IsAlignment());

        Then()
            .Yield(_ => new RiskConclusion(Risk.ChineseSuspicion, power, offer));
    }
}
