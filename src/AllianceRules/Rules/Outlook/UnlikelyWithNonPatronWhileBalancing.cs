using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWithNonPatronWhileBalancing")]
[Description("While balancing, only an extra-regional power that seeks to contain the neighbour is the kind of power the hedging state allies with; any other is unlikely to become its ally.")]
[Tag("C08")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWithNonPatronWhileBalancing : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        GreatPower power = default!;

        When()
            .WhilePosture(() => posture, Posture.Balance)
            .Match(() => power, p => p.Stance != Stance.Rapprochement)
            .Not<CandidatePatron>(c => c.Power == power);

        Then()
            .Yield(_ => new OutlookConclusion(power, AllianceOutlook.Unlikely));
    }
}
