using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Advice.DoNotPushUpgradeWhileBandwagoning")]
[Description("In good or stable times, an extra-regional power that courts the neighbour's periphery should not press an upgrade the hedging state will decline anyway: the proposal alone is likely to arouse the neighbour's suspicion.")]
[Tag("C12"), Tag("C15")]
[Absence(1, "a partnership upgrade proposed by {power}")]
[Priority(RulePriority.Advice)]
internal sealed class DoNotPushUpgradeWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;
        IEnumerable<GreatPowerOffer> proposals = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron)
            .AtLeastOne(() => proposals, MadeBy(() => patron.Power), o => o.Kind.IsAlignment())
            .Not<GreatPowerOffer>(MadeBy(() => patron.Power), o => o.Kind == OfferKind.PartnershipUpgrade);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.DoNotPushUpgrade));
    }
}
