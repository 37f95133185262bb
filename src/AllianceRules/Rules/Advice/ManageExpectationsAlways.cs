using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.ManageExpectationsAlways")]
[Description("Managing expectations adds substance beyond labels: a great power that shows it has the hedging state's back when relations deteriorate need not care what its partnership is called.")]
[Tag("C51"), Tag("C52")]
[Priority(RulePriority.Advice)]
internal sealed class ManageExpectationsAlways : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power);

        Then()
            .Yield(_ => new AdviceConclusion(power, Advice.ManageExpectations));
    }
}
