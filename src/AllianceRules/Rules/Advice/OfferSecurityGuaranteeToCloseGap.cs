using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.OfferSecurityGuaranteeToCloseGap")]
[Description("A patron with no guarantee on the table should offer one like the guarantee of the hedging state's 1978 alliance.")]
[Tag("C30")]
[Priority(RulePriority.Advice)]
internal sealed class OfferSecurityGuaranteeToCloseGap : Rule
{
    public override void Define()
    {
        GapConclusion gap = default!;

        When()
            .Match(() => gap, g => g.Gap == Gap.NoSecurityGuarantee);

        Then()
            .Yield(_ => new AdviceConclusion(gap.Power, Advice.OfferSecurityGuarantee));
    }
}
