using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.NotCapableGap")]
[Description("A patron that can no longer supply the security and aid it offers falls short: the article ties the hedging state's resistance to its patron staying a capable great power.")]
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
