using AllianceRules.Engine;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Reliability;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Engine;

/// <summary>
/// The lint switches rules off by keeping them off the agenda of the rulebook compiled once
/// (<see cref="RulebookHost.WithRulesSwitchedOff"/>) instead of compiling the rulebook without
/// them: the two must draw the same, and where they cannot (a condition of the switched-off rule
/// throws) the view must say so rather than answer.
/// </summary>
public class SwitchedOffRulesTests
{
    private static readonly Lazy<AllianceAssessor> Article = new(() => new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false }));

    [Theory]
    [InlineData("C27")] // its loss leaves rows with no posture
    [InlineData("C33")] // derived geography, matched under Not elsewhere
    [InlineData("C45")] // guarantees that protect, whose facts only block the gaps
    public void View_WithoutAClaimsRules_DrawsWhatTheRulebookCompiledWithoutThemDraws(string claim)
    {
        var rules = Article.Value.Rules.Where(r => r.Claims.Contains(claim)).Select(r => r.Name).ToArray();
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.DisabledRules.UnionWith(rules);
        var compiled = new AllianceAssessor(options);
        var view = Article.Value.WithRulesSwitchedOff(rules);

        Assert.Equal(compiled.Rules.Select(r => r.Name), view.Rules.Select(r => r.Name));
        Assert.Equal(Lines(DecisionTable.Build(compiled)), Lines(DecisionTable.Build(view)));
        Assert.All(HistoricalScenarios.All, episode =>
            Assert.Equal(Drawn(compiled, episode), Drawn(view, episode)));
    }

    [Fact]
    public void View_ConditionOfASwitchedOffRuleThatThrows_FailsWhereTheCompiledRulebookAnswers()
    {
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.AdditionalRuleTypes.Add(typeof(ThrowInCondition));
        var view = new AllianceAssessor(options).WithRulesSwitchedOff(["Test.ThrowInCondition"]);
        options.DisabledRules.Add("Test.ThrowInCondition");
        var compiled = new AllianceAssessor(options);
        var harris = ValidScenario.From(HistoricalScenarios.Find("2021-harris-visit")!);

        var error = view.AssessEach([harris], (_, _) => (RulebookException?)null, (_, e) => e, detail: Detail.Values).Single();

        Assert.NotNull(error);
        Assert.Contains("'Test.ThrowInCondition'", error.Message, StringComparison.Ordinal);
        Assert.Equal(Drawn(Article.Value, harris.Value), Drawn(compiled, harris.Value));
    }

    private static string[] Lines(DecisionTable table) =>
        [.. table.Rows.Select(row => string.Join(" | ", row.Cells()) + " | " + row.Error + " | " + string.Join("; ", row.Drawn))];

    /// <summary>What a rulebook draws for a scenario, with the rules behind it, or why it draws nothing.</summary>
    private static string Drawn(RulebookHost rulebook, Scenario scenario) =>
        rulebook.AssessEach(
            [ValidScenario.From(scenario)],
            (_, assessment) => string.Join("\n", TheoryConclusion.Of(assessment)),
            (_, error) => $"error: {error.Message}",
            detail: Detail.Rules).Single();
}
