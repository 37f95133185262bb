using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Risks.ChineseSuspicionFromUpgradeLabel")]
[Description("In good or stable times a candidate patron's proposal to upgrade the partnership's label is likely to arouse the neighbour's suspicion even if declined: labels signal to the neighbour even where the substance is unchanged, and the neighbour alone decides how to respond.")]
[Tag("C12"), Tag("C14"), Tag("C17")]
[Priority(RulePriority.Risks)]
internal sealed class ChineseSuspicionFromUpgradeLabel : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        GreatPowerOffer offer = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .Match(() => offer, MadeBy(() => patron.Power), o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new RiskConclusion(Risk.ChineseSuspicion, patron.Power, offer));
    }
}
