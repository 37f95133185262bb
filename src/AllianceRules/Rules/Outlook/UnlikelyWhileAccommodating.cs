using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Outlook.UnlikelyWhileAccommodating")]
[Description("Once the hedging state gives in on the neighbour's terms, having lost the capable patron its resistance rested on, an alliance with a candidate patron that cannot supply what it offers is unlikely; the article states no outlook here, so this is our reading (D35).")]
[Tag("C26"), Tag("C27"), Tag("D35")]
[Priority(RulePriority.Outlook)]
internal sealed class UnlikelyWhileAccommodating : Rule
{
    public override void Define()
    {
        PostureConclusion posture = default!;
        CandidatePatron patron = default!;

        When()
            .WhilePosture(() => posture, Posture.Accommodate)
            .Match(() => patron);

        Then()
            .Yield(_ => new OutlookConclusion(patron.Power, AllianceOutlook.Unlikely));
    }
}
