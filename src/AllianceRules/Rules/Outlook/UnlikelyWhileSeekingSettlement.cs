using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileSeekingSettlement")]
[Description("Until its attempt to settle with the neighbour has failed, the hedging state does not balance: an alliance with a candidate patron is unlikely.")]
[Tag("C20")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileSeekingSettlement : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;

        When()
            .WhilePosture(() => posture, Posture.SeekSettlement)
            .Match(() => patron);

        Then()
            .Yield(_ => new OutlookConclusion(patron.Power, AllianceOutlook.Unlikely));
    }
}
