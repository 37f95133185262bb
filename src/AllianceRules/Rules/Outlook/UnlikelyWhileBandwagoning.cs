using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileBandwagoning")]
[Description("While bandwagoning, the hedging state turns down a candidate patron's nudges toward its camp: an alliance is unlikely.")]
[Tag("C04")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileBandwagoning : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;

        When()
            .WhilePosture(() => posture, Posture.Bandwagon)
            .Match(() => patron);

        Then()
            .Yield(_ => new OutlookConclusion(patron.Power, AllianceOutlook.Unlikely));
    }
}
