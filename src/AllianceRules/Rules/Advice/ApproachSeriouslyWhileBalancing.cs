using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Advice.ApproachSeriouslyWhileBalancing")]
[Description("When relations are bad, a great power that contains the neighbour should approach the hedging state seriously.")]
[Tag("C18")]
[Priority(RulePriority.Advice)]
internal sealed class ApproachSeriouslyWhileBalancing : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron);

        Then()
            .Yield(_ => new AdviceConclusion(patron.Power, Advice.ApproachSeriously));
    }
}
