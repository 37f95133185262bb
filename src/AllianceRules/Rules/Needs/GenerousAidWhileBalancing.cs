using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.GenerousAidWhileBalancing")]
[Description("While balancing in strained relations, the hedging state needs generous military and economic aid from its patron.")]
[Tag("C18")]
[Priority(RulePriority.Needs)]
internal sealed class GenerousAidWhileBalancing : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        RelationState relation = default!;

        When()
            .Match(() => patron)
            .Match(() => relation, r => r.Level != RelationLevel.Hostile);

        Then()
            .Yield(_ => new NeedConclusion(patron.Power, Need.GenerousAid));
    }
}
