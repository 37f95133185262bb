using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Advice.DoNotPushUpgradeLabelWhileBandwagoning")]
[Description("In good or stable times, an extra-regional power that courts the neighbour's periphery should not press a new label for the partnership that the hedging state will decline anyway: the label alone signals to the neighbour and is likely to arouse its suspicion, while between the two partners substance matters more than the label.")]
[Tag("C12"), Tag("C15"), Tag("C17")]
[Priority(RulePriority.Advice)]
internal sealed class DoNotPushUpgradeLabelWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        IEnumerable<GreatPowerOffer> proposals = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .AtLeastOne(() => proposals, MadeBy(() => patron.Power), o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.DoNotPushUpgrade));
    }
}
