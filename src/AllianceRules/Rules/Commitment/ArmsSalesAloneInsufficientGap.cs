using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Commitment.ArmsSalesAloneInsufficientGap")]
[Description("A patron that sells arms but offers no guarantee falls short: arms sales alone cannot right a balance tilted toward the neighbour, more so at sea.")]
[Tag("C29")]
[Absence(1, "an alliance treaty or security guarantee from {power}")]
[Unmet("{power} sells no arms, or puts a guarantee on the table beside them")]
[Priority(RulePriority.Commitment)]
internal sealed class ArmsSalesAloneInsufficientGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        IEnumerable<GreatPowerOffer> armsSales = default!;

        When()
            .Match(() => patron)
            .AtLeastOne(() => armsSales, MadeBy(() => patron.Power), o => o.Kind == OfferKind.ArmsSales)
            .Not<GreatPowerOffer>(MadeBy(() => patron.Power), o => o.Kind.IsGuarantee());

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.ArmsSalesAloneInsufficient));
    }
}
