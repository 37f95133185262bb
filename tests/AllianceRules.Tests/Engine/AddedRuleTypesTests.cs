using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Tests.Engine;

/// <summary>A rule type added to the rulebook is loaded wherever it is declared, or refused: never left out without a word.</summary>
public class AddedRuleTypesTests
{
    [Fact]
    public void ARuleNestedInAnotherClass_IsLoaded_PublicOrNot()
    {
        // NRules' scanner leaves nested classes out unless asked; an amendment's rules declared
        // inside its amendment class were silently not applied.
        var options = new AllianceRulesOptions();
        options.AdditionalRuleTypes.Add(typeof(Holder.PublicNested));
        options.AdditionalRuleTypes.Add(Holder.PrivateNestedType);

        var assessor = new AllianceAssessor(options);

        Assert.Contains(assessor.Rules, rule => rule.Name == "Added.PublicNested");
        Assert.Contains(assessor.Rules, rule => rule.Name == "Added.PrivateNested");
    }

    public static class Holder
    {
        public static Type PrivateNestedType => typeof(PrivateNested);

        [Name("Added.PublicNested")]
        public sealed class PublicNested : Rule
        {
            public override void Define()
            {
                RelationState relation = null!;
                When().Match(() => relation, r => r.Level == RelationLevel.Stable);
                Then().Do(_ => NoOp());
            }
        }

        [Name("Added.PrivateNested")]
        private sealed class PrivateNested : Rule
        {
            public override void Define()
            {
                RelationState relation = null!;
                When().Match(() => relation, r => r.Level == RelationLevel.Good);
                Then().Do(_ => NoOp());
            }
        }

        private static void NoOp()
        {
        }
    }
}
