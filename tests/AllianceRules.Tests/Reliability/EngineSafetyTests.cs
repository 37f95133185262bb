using AllianceRules.Facts;
using AllianceRules.Scenarios;
using NRules.Fluent.Dsl;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// A rule set that loops, or a rule that throws, ends that one assessment with a
/// <see cref="RulebookException"/> naming the rule; the assessor stays usable.
/// </summary>
public class EngineSafetyTests
{
    private static readonly Scenario Stable = HistoricalScenarios.Find("2021-harris-visit")!;

    private static AllianceAssessor With(int maxRuleFirings, params Type[] rules)
    {
        var options = new AllianceRulesOptions { MaxRuleFirings = maxRuleFirings };
        foreach (var rule in rules)
        {
            options.AdditionalRuleTypes.Add(rule);
        }

        return new AllianceAssessor(options);
    }

    [Fact]
    public void Assess_RuleSetThatLoops_StopsAtTheCapNamingTheRule()
    {
        var assessor = With(500, typeof(StartCounting), typeof(CountForever));

        var ex = Assert.Throws<RulebookException>(() => assessor.Assess(Stable));

        Assert.Contains("500", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'Test.CountForever'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ActionThatThrows_IsReportedWithTheRuleName_AndTheAssessorStaysUsable()
    {
        var assessor = With(AllianceRulesOptions.DefaultMaxRuleFirings, typeof(ThrowInAction));

        var ex = Assert.Throws<RulebookException>(() => assessor.Assess(Stable));

        Assert.Contains("'Test.ThrowInAction'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the amendment broke", ex.Message, StringComparison.Ordinal);
        var calm = Stable with { Relation = Stable.Relation with { Level = RelationLevel.Hostile } };
        Assert.Equal(Posture.SeekSettlement, assessor.Assess(calm).Posture.Value);
    }

    [Fact]
    public void Assess_ConditionThatThrows_IsReportedWithTheRuleName()
    {
        var assessor = With(AllianceRulesOptions.DefaultMaxRuleFirings, typeof(ThrowInCondition));

        var ex = Assert.Throws<RulebookException>(() => assessor.Assess(Stable));

        Assert.Contains("'Test.ThrowInCondition'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the amendment broke", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_CapBelowOne_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new AllianceAssessor(new AllianceRulesOptions { MaxRuleFirings = 0 }));

        Assert.StartsWith("MaxRuleFirings must be at least 1, not 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ArticleRulebook_FiresFarBelowTheCap()
    {
        var assessor = new AllianceAssessor(new AllianceRulesOptions { MaxRuleFirings = 100 });

        Assert.All(HistoricalScenarios.All, s => assessor.Assess(s));
    }
}

internal sealed record Tick(int Count);

// NRules loads rule types that are not nested, so the test rules stand at namespace level.
internal static class Amendments
{
    public static Exception Broke() => new InvalidOperationException("the amendment broke");
}

[Name("Test.CountForever")]
internal sealed class CountForever : Rule
{
    public override void Define()
    {
        RelationState relation = default!;
        Tick tick = default!;

        When()
            .Match(() => relation)
            .Match(() => tick);

        Then()
            .Do(ctx => ctx.Insert(new Tick(tick.Count + 1)));
    }
}

[Name("Test.StartCounting")]
internal sealed class StartCounting : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation);

        Then()
            .Do(ctx => ctx.Insert(new Tick(0)));
    }
}

[Name("Test.ThrowInAction")]
internal sealed class ThrowInAction : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation, r => r.Level == RelationLevel.Stable);

        Then()
            .Do(_ => Fail());
    }

    private static void Fail() => throw Amendments.Broke();
}

[Name("Test.ThrowInCondition")]
internal sealed class ThrowInCondition : Rule
{
    public override void Define()
    {
        GreatPower power = default!;

        When()
            .Match(() => power, p => Fails(p));

        Then()
            .Do(_ => NoOp());
    }

    private static bool Fails(GreatPower power) => power.Name.Length >= 0 ? throw Amendments.Broke() : false;

    private static void NoOp()
    {
    }
}
