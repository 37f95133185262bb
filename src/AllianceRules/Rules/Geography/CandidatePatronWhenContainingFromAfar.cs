using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Geography.CandidatePatronWhenContainingFromAfar")]
[Description("An extra-regional great power that seeks to contain the neighbour courts its periphery and could supply the security the hedging state cannot supply alone.")]
[Tag("C08"), Tag("C09")]
[Unmet("{power} is not an extra-regional power that contains {neighbour}")]
[Priority(RulePriority.Geography)]
internal sealed class CandidatePatronWhenContainingFromAfar : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power, p => p.ExtraRegional, p => p.Stance == Stance.Containment);

        Then()
            .Yield(_ => new CandidatePatron(power));
    }
}
