using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Explanations;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Explanations;

public class ExplanationTests
{
    private static Explanation Explain(string id, string conclusion) =>
        TestEngine.Assess(HistoricalScenarios.Find(id)!).Explain(conclusion);

    [Fact]
    public void WhyNotCredible_SharpDeterioration_NamesEachGapAndWhatClosesIt()
    {
        var explanation = Explain("future-sharp-deterioration", "commitments[United States]=credible");

        Assert.False(explanation.IsDrawn);
        Assert.Equal("not credible", explanation.Actual);
        Assert.Equal(["NoLandProtection", "NoTripwireTroops", "AidBelowBenchmark", "ResolveNotDemonstrated", "PoliticalSystemNotAffirmed"], explanation.Obstacles.Select(o => o.Name));
        var byName = explanation.Obstacles.ToDictionary(o => o.Name);
        Assert.Equal(["C24", "C33", "C45"], byName["NoLandProtection"].Claims);
        Assert.Contains(byName["NoTripwireTroops"].Remedies, r => r.Changes.Single().ToString() == "offers[+]: (none) → United States offers troop stationing");
        Assert.Contains(byName["NoTripwireTroops"].Remedies, r => r.Changes.Single().ToString() == "geography[+]: (none) → land border between United States and China");
        Assert.Contains(byName["NoLandProtection"].Remedies, r => r.Changes.Select(c => c.ToString()).SequenceEqual(
            ["offers[+]: (none) → United States offers troop stationing", "offers[0].domains: [Sea] → [Land, Sea]"]));
        Assert.Equal("powers[0].resolve: Undemonstrated → Demonstrated", Assert.Single(byName["ResolveNotDemonstrated"].Remedies).Changes.Single().ToString());
        // Aid at the benchmark closes it, and (v3) so does relations short of a sharp deterioration.
        Assert.All(byName["AidBelowBenchmark"].Remedies, r => Assert.True(
            r.Changes.Single().Field.StartsWith("offers[+]", StringComparison.Ordinal) || r.Changes.Single().Field == "relation.level",
            r.Changes.Single().ToString()));
        Assert.Empty(explanation.Remedies);
    }

    [Fact]
    public void WhyNotAccept_StableUpgrade_NeedsBadRelationsAndAFailedSettlement()
    {
        var explanation = Explain("2021-harris-visit", "responses[United States,PartnershipUpgrade]=Accept");

        // The answer itself is the theory, pinned by the episode's conclusions snapshot; the explanation must report it.
        var drawn = Assert.Single(TestEngine.Assess(HistoricalScenarios.Find("2021-harris-visit")!).Find(ConclusionKey.Parse("responses[United States,PartnershipUpgrade]")));
        Assert.Equal(drawn.Value, explanation.Actual);
        Assert.Equal(drawn.Because.Single().Rule, Assert.Single(explanation.Because).Rule);
        Assert.Equal(
            [
                "relation.level: Stable → Strained; relation.settlementFailed: false → true",
                "relation.level: Stable → Hostile; relation.settlementFailed: false → true",
            ],
            explanation.Remedies.Select(r => string.Join("; ", r.Changes)));
        Assert.All(explanation.Remedies, r => Assert.Equal(["Offers.AcceptPartnershipUpgradeFromPatron"], r.Rules));
        Assert.All(explanation.Remedies, r => Assert.Equal(["C06"], r.Claims));
    }

    [Fact]
    public void WhyNotBalance_Stable_IsOneOrTwoRelationChangesAway()
    {
        var explanation = Explain("2014-2019-maritime-coercion", "posture=Balance");

        Assert.Equal("Bandwagon", explanation.Actual);
        Assert.All(explanation.Remedies, r => Assert.All(r.Changes, c => Assert.StartsWith("relation.", c.Field, StringComparison.Ordinal)));
        Assert.All(explanation.Remedies, r => Assert.Equal(["Posture.BalanceWithPatronWhenSettlementFailed"], r.Rules));
    }

    [Fact]
    public void Why_DrawnConclusion_GivesItsJustificationOnly()
    {
        var explanation = Explain("1978-soviet-alliance", "posture");

        Assert.True(explanation.IsDrawn);
        Assert.Equal("Balance", explanation.Asked);
        Assert.Equal("Posture.BalanceWithPatronWhenSettlementFailed", Assert.Single(explanation.Because).Rule);
        Assert.Empty(explanation.Remedies);
    }

    [Fact]
    public void WhyNotRisk_AbsentRisk_AskedAsPresent()
    {
        var explanation = Explain("1978-soviet-alliance", "risks[AloneAtSea]");

        Assert.Equal(ConclusionMap.Present, explanation.Asked);
        Assert.Equal(ConclusionMap.Absent, explanation.Actual);
        Assert.Empty(explanation.Because);
    }

    [Theory]
    [InlineData("bogus")]
    [InlineData("")]
    [InlineData("responses")]
    public void Explain_NotAConclusion_Throws(string conclusion)
    {
        Assert.Throws<FormatException>(() => Explain("1978-soviet-alliance", conclusion));
    }

    [Fact]
    public void Render_WhyNotCredible_ListsGapsThenClosingChanges()
    {
        var text = ExplanationReport.Render(Explain("future-sharp-deterioration", "commitments[United States]=credible"));

        Assert.StartsWith("Why not commitments[United States] = credible?\nThe rules drew commitments[United States] = not credible:\n", text, StringComparison.Ordinal);
        Assert.Contains("  NoTripwireTroops  [C46 ¶11]\n", text, StringComparison.Ordinal);
        Assert.Contains("    closed by any of these changes:\n      - geography[+]: (none) → land border between United States and China\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Explain_Json_IsTheExplanationContract()
    {
        var run = CliRun.Of("explain", "--builtin", "2021-harris-visit", "--conclusion", "posture=Balance", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\"conclusion\": \"posture\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"field\": \"relation.level\"", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"isDrawn\": false", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Explain_BadConclusion_ExitsTwo()
    {
        var run = CliRun.Of("explain", "--builtin", "2021-harris-visit", "--conclusion", "bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: --conclusion: 'bogus' is not a conclusion", run.StderrLines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_DrawnValue_AssessesNothingMore()
    {
        // An assessor of its own, so that no other test's assessments are counted.
        var assessor = new AllianceAssessor();
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;
        var assessment = assessor.Assess(scenario);

        var before = assessor.AssessmentsBuilt;
        Assert.True(assessment.Explain("posture").IsDrawn);
        Assert.True(assessment.Explain("commitments[Soviet Union]=credible").IsDrawn);
        Assert.Equal(before, assessor.AssessmentsBuilt);

        Assert.True(assessor.Explain(scenario, "posture=Balance").IsDrawn);
        Assert.Equal(before + 1, assessor.AssessmentsBuilt);

        Assert.False(assessor.Explain(scenario, "posture=Bandwagon").IsDrawn);
        Assert.True(assessor.AssessmentsBuilt > before + 10, "a value that was not drawn is searched for among the neighbours");
    }

    [Theory]
    [InlineData("posture=Nonsense", "'Nonsense' is not a value of posture: use Bandwagon, SeekSettlement, Balance, Accommodate")]
    [InlineData("responses[United States,Upgrade]", "'responses[United States,Upgrade]' is not a conclusion: 'Upgrade' is not one of OfferKind:")]
    [InlineData("outlooks[Soviet Union]", "'outlooks[Soviet Union]' is not a conclusion.")]
    public void Parse_WhatNoConclusionCanBe_IsRefusedWithTheChoices(string question, string message)
    {
        var error = Assert.Throws<FormatException>(() => ConclusionQuery.Parse(question));

        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }
}
