using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NotCapableGap")]
[Description("A patron that can no longer supply the security and aid it offers falls short: the hedging state resists only as long as its patron stays a capable great power.")]
[Tag("C27")]
[Unmet("{power} is capable")]
[Priority(RulePriority.Commitment)]
internal sealed class NotCapableGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron, p => !p.Power.Capable);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.NotCapable));
    }
}
