using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;
using static AllianceRules.Rules.RuleDsl;

namespace AllianceRules.Rules;

[Name("Commitment.NoSecurityGuaranteeGap")]
[Description("A patron that puts no alliance treaty or security guarantee on the table falls short: the hedging state wants a guarantee like the one its 1978 alliance gave before it commits.")]
[Tag("C30")]
[Absence(1, "an alliance treaty or security guarantee from {power}")]
[Unmet("{power} puts an alliance treaty or security guarantee on the table")]
[Priority(RulePriority.Commitment)]
internal sealed class NoSecurityGuaranteeGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<GreatPowerOffer>(MadeBy(() => patron.Power), o => o.Kind.IsGuarantee());

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NoSecurityGuarantee));
    }
}
