using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.ArmsSalesAloneInsufficientGap")]
[Description("A patron that sells arms but offers no guarantee falls short: arms sales alone cannot right a balance tilted toward the neighbour, more so at sea.")]
[Tag("C29")]
[Priority(RulePriority.Commitment)]
internal sealed class ArmsSalesAloneInsufficientGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        IEnumerable<GreatPowerOffer> armsSales = default!;

        When()
            .Match(() => patron)
            .Query(() => armsSales, q => q
                .Match<GreatPowerOffer>(o => o.From == patron.Power.Name, o => o.Kind == OfferKind.ArmsSales)
                .Collect()
                .Where(c => c.Any()))
            .Not<GreatPowerOffer>(o => o.From == patron.Power.Name, o => o.Kind.IsGuarantee());

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.ArmsSalesAloneInsufficient));
    }
}
