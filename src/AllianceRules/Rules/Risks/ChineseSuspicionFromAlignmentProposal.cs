using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.ChineseSuspicionFromAlignmentProposal")]
[Description("In good or stable times an offer of alignment from an extra-regional power that courts the neighbour's periphery, made without regard to the state of relations, is likely to arouse the neighbour's suspicion, even if declined and however the hedging state reassures it: the neighbour alone decides how to respond.")]
[Tag("C12"), Tag("C14")]
[Priority(RulePriority.Risks)]
internal sealed class ChineseSuspicionFromAlignmentProposal : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind.IsAlignment(), o => o.Kind != OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new RiskConclusion(Risk.ChineseSuspicion, patron.Power, offer));
    }
}
