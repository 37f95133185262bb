using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.GenerousAidAfterSharpDeterioration")]
[Description("While balancing after a sharp deterioration, the hedging state needs generous military and economic aid from its patron, likely at least as much as the package its patron gave in the 1980s.")]
[Tag("C18"), Tag("C28")]
[Priority(RulePriority.Needs)]
internal sealed class GenerousAidAfterSharpDeterioration : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;
        RelationState relation = default!;

        When()
            .Match(() => patron)
            .Match(() => relation, r => r.Level == RelationLevel.Hostile);

        Then()
            .Yield(_ => new NeedConclusion(patron.Power, Need.GenerousAid));
    }
}
