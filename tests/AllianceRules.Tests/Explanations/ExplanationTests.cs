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
        // Troops close it; a land border between the United States and China would too, but that is
        // geography between third parties, which the search holds fixed (D33).
        Assert.Equal("offers[+]: (none) → United States offers troop stationing", Assert.Single(byName["NoTripwireTroops"].Remedies).Changes.Single().ToString());
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
    public void WhyNotARisk_ListsOnlyTheRulesThatDrawThatRisk()
    {
        // The sea-only-guarantee rules name their risk as a constructor argument, which the action
        // reads as a field: they were listed as able to draw any risk (AloneAtSea included).
        var explanation = TestEngine.Assessor.Explain(HistoricalScenarios.Find("1978-soviet-alliance")!, "risks[AloneAtSea]");

        Assert.Equal(["Risks.AloneAtSeaWithoutAcceptedSeaGuarantee"], explanation.Unreached.Select(r => r.Rule));
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
        Assert.Contains("    closed by any of these changes:\n      - offers[+]: (none) → United States offers troop stationing\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_WhyNotCredible_SharpDeterioration_ProposesNoBorderBetweenThirdParties()
    {
        // Issue 27's must-show: no change of geography between the United States and China, and
        // the report says the border was held fixed, so that a reader knows why none appears.
        var run = CliRun.Of("explain", "--builtin", "future-sharp-deterioration", "--conclusion", "commitments[United States]=credible");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("geography[", run.Stdout.Split("Held fixed", 2)[0], StringComparison.Ordinal);
        Assert.Contains("  - geography[+]: no land border between United States and China (geography between third parties, D33)\n", run.Stdout, StringComparison.Ordinal);
        Snapshots.Match(run.Stdout, "future-sharp-deterioration.why-not-credible.txt");
    }

    [Fact]
    public void WhyNot_DefaultOptions_HoldEveryBorderBetweenAPowerAndTheNeighbour_ButVaryTheHedgingStates()
    {
        // 1978: the Soviet Union borders China (held, geography[1]); Vietnam's own border stays a probe.
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;
        var explanation = TestEngine.Assess(scenario).Explain("posture=Bandwagon");
        var changes = explanation.Remedies.SelectMany(r => r.Changes).Concat(explanation.Obstacles.SelectMany(o => o.Remedies).SelectMany(r => r.Changes)).ToArray();

        Assert.DoesNotContain(changes, c => c.Field == "geography[1]" || c.To.Contains("Soviet Union and China", StringComparison.Ordinal));
        Assert.Equal(
            [
                new FixedInput("roles", "Vietnam hedges; China is the neighbour", FixedBecause.Role),
                new FixedInput("geography[1]", "land border between Soviet Union and China", FixedBecause.ThirdPartyGeography),
            ],
            explanation.Fixed);
        Assert.Contains(
            ScenarioChanges.Around(scenario, Facts.AidBenchmark.Default),
            c => c.ToString() == "geography[0]: land border between Vietnam and China → (removed)");
        Assert.DoesNotContain(ScenarioChanges.Around(scenario, Facts.AidBenchmark.Default), c => c.Field == "geography[1]");
    }

    [Fact]
    public void WhyNot_VaryThirdPartyGeography_ProposesTheBorderAgain()
    {
        var explanation = TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!)
            .Explain("commitments[United States]=credible", new CounterfactualOptions { VaryThirdPartyGeography = true }, null, default);

        var tripwire = explanation.Obstacles.Single(o => o.Name == "NoTripwireTroops");
        Assert.Contains(tripwire.Remedies, r => r.Changes.Single().ToString() == "geography[+]: (none) → land border between United States and China");
        Assert.Equal([new FixedInput("roles", "Vietnam hedges; China is the neighbour", FixedBecause.Role)], explanation.Fixed);
    }

    [Fact]
    public void WhyNot_FixedByName_IsNeverChanged_AndIsListedAsGiven()
    {
        var scenario = HistoricalScenarios.Find("future-sharp-deterioration")!;
        var options = new CounterfactualOptions { Fixed = ["powers[United States].resolve", "offers[United States,SecurityGuarantee]", "relation"] };

        var explanation = TestEngine.Assessor.Explain(scenario, "commitments[United States]=credible", options);

        var changes = explanation.Obstacles.SelectMany(o => o.Remedies).SelectMany(r => r.Changes).ToArray();
        Assert.NotEmpty(changes);
        Assert.DoesNotContain(changes, c => c.Field is "powers[0].resolve" or "offers[0]" or "offers[0].domains" || c.Field.StartsWith("relation.", StringComparison.Ordinal));
        Assert.Empty(explanation.Obstacles.Single(o => o.Name == "ResolveNotDemonstrated").Remedies);
        Assert.Equal(
            [
                new FixedInput("powers[United States].resolve", "Undemonstrated", FixedBecause.Asked),
                new FixedInput("offers[United States,SecurityGuarantee]", "United States offers security guarantee (sea)", FixedBecause.Asked),
                new FixedInput("relation", "relations are hostile; settlement tried and failed", FixedBecause.Asked),
            ],
            explanation.Fixed.Where(f => f.Because == FixedBecause.Asked));
    }

    [Theory]
    [InlineData("powers[Mars].resolve", "'powers[Mars].resolve' names 'Mars', which is not a great power of the scenario (it declares 'United States')")]
    [InlineData("powers[United States].resolv", "'powers[United States].resolv' is not an input the search varies (a power has stance, resolve,")]
    [InlineData("relation.lvl", "'relation.lvl' is not an input the search varies (relation has level and settlementFailed): use one of relation, relation.level,")]
    [InlineData("offers[2]", "'offers[2]': the scenario's offers are numbered 0 to 1")]
    [InlineData("offers[United States,AllianceTreaty]", "'offers[United States,AllianceTreaty]' names no offer of the scenario (it holds 'United States,SecurityGuarantee', 'United States,ArmsSales')")]
    [InlineData("powers[0", "'powers[0' is not an input the search varies (a '[' is not closed)")]
    [InlineData("", "'' is not an input the search varies")]
    public void Fixed_PathThatNamesNothing_IsRefusedWithTheChoices_EvenForADrawnValue(string path, string message)
    {
        var scenario = HistoricalScenarios.Find("future-sharp-deterioration")!;

        var error = Assert.Throws<FormatException>(() => TestEngine.Assessor.Explain(scenario, "posture", new CounterfactualOptions { Fixed = [path] }));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => TestEngine.Assessor.Explore(scenario, new CounterfactualOptions { Fixed = [path] }));
    }

    [Fact]
    public void Cli_BadFix_IsRefusedOnItsOwnLine_BeforeAnySearch()
    {
        var run = CliRun.Of("explain", "--builtin", "future-sharp-deterioration", "--conclusion", "posture=Bandwagon", "--fix", "relation.level", "--fix", "powers[Mars].resolve", "--fix", "bogus");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(2, run.StderrLines.Length);
        Assert.StartsWith("error: --fix: 'powers[Mars].resolve' names 'Mars'", run.StderrLines[0], StringComparison.Ordinal);
        Assert.StartsWith("error: --fix: 'bogus' is not an input the search varies: use one of relation,", run.StderrLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Fix_IsHonoured_AndListed()
    {
        var free = CliRun.Of("explain", "--builtin", "future-sharp-deterioration", "--conclusion", "commitments[United States]=credible");
        var run = CliRun.Of("explain", "--builtin", "future-sharp-deterioration", "--conclusion", "commitments[United States]=credible", "--fix", "powers[United States].avoidsLandWar", "--fix", "powers[0].resolve");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("powers[0].resolve: Undemonstrated → Demonstrated", free.Stdout, StringComparison.Ordinal);
        var proposed = run.Stdout.Split("Held fixed", 2)[0];
        Assert.DoesNotContain("powers[0].resolve:", proposed, StringComparison.Ordinal);
        Assert.DoesNotContain("powers[0].avoidsLandWar:", proposed, StringComparison.Ordinal);
        Assert.Contains("  - powers[United States].avoidsLandWar: true (asked)\n  - powers[0].resolve: Undemonstrated (asked)\n", run.Stdout, StringComparison.Ordinal);
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
