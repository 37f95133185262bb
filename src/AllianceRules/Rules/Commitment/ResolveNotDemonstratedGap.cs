using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Commitment.ResolveNotDemonstratedGap")]
[Description("A patron that has not shown, steadily and through its domestic politics, the resolve to contain the neighbour over the long term falls short.")]
[Tag("C47"), Tag("C49")]
[Unmet("{power} has demonstrated its resolve")]
[Priority(RulePriority.Commitment)]
internal sealed class ResolveNotDemonstratedGap : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron, p => p.Power.Resolve != Resolve.Demonstrated);

        Then()
            .Yield(_ => new GapConclusion(patron.Power, Gap.ResolveNotDemonstrated));
    }
}
