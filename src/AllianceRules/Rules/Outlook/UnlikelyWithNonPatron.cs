using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWithNonPatron")]
[Description("Only an extra-regional power that seeks to contain the neighbour is the kind of power the hedging state allies with; in any posture, any other power that is not turning to the neighbour is unlikely to become its ally (D14).")]
[Tag("C08"), Tag("D14")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWithNonPatron : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power, p => p.Stance != Stance.Rapprochement)
            .Not<CandidatePatron>(c => c.Power == power);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
