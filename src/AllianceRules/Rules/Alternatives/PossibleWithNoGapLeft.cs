using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.PossibleWithNoGapLeft")]
[Description("The alternative to D16: the conditions of a credible commitment are necessary, not sufficient, so a patron with none of them missing is judged neither credible nor a likely ally; while the hedging state balances, an alliance with it is possible, not nil.")]
[Tag("C31"), Tag("C43")]
[Priority(RulePriority.Outlook)]
[AlternativeTo("D16")]
internal sealed class PossibleWithNoGapLeft : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron)
            .Not<GapConclusion>(g => g.Power == patron.Power);

        Then()
            .Yield(_ => new OutlookConclusion(patron.Power, AllianceOutlook.Possible));
    }
}
