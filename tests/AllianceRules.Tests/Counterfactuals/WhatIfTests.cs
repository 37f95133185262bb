using System.Text.Json;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Counterfactuals;

public class WhatIfTests
{
    private static readonly Scenario StableUpgrade = new()
    {
        Id = "stable-upgrade",
        Relation = new() { Level = RelationLevel.Stable },
        Powers = [ActorProfiles.UnitedStates],
        Geography = [ActorProfiles.VietnamChinaBorder, ActorProfiles.UnitedStatesOverseas],
        Offers = [new() { From = ActorProfiles.UnitedStatesName, Kind = OfferKind.PartnershipUpgrade }],
    };

    private static IReadOnlyList<Flip> FlipsOf(WhatIf whatIf, string conclusion, string to) =>
        whatIf.Flips.Where(f => f.Conclusion.ToString() == conclusion && f.To == to).ToArray();

    // What the rulebook answers the upgrade is the theory, pinned by the snapshots; these tests are
    // about the search, so they read the answer rather than restate it.
    private static string UpgradeAnswer(Scenario scenario) =>
        ConclusionMap.Of(TestEngine.Assess(scenario)).ValueOf(ConclusionKey.Parse("responses[United States,PartnershipUpgrade]"));

    [Fact]
    public void Explore_StableUpgrade_FlipsToAcceptWhenRelationsTurnBadAndSettlementFails()
    {
        var whatIf = WhatIf.Explore(TestEngine.Assessor, StableUpgrade);

        var toAccept = FlipsOf(whatIf, "responses[United States,PartnershipUpgrade]", "Accept");
        Assert.Equal(
            [
                "relation.level: Stable → Hostile; relation.settlementFailed: false → true",
                "relation.level: Stable → Strained; relation.settlementFailed: false → true",
            ],
            toAccept.Select(f => string.Join("; ", f.Changes)));
        Assert.All(toAccept, f => Assert.Equal(UpgradeAnswer(StableUpgrade), f.From));
        Assert.All(whatIf.Flips, f => Assert.NotEqual(f.From, f.To));
    }

    [Fact]
    public void Explore_PairsOnlyWhereNoSingleChangeReachesTheValue()
    {
        var whatIf = WhatIf.Explore(TestEngine.Assessor, StableUpgrade);

        foreach (var target in whatIf.Flips.GroupBy(f => (f.Conclusion, f.To)))
        {
            var sizes = target.Select(f => f.Changes.Count).Distinct().ToArray();
            Assert.Single(sizes);
        }
    }

    [Fact]
    public void Explore_EveryFlipIsReal_WhenReplayed()
    {
        var whatIf = WhatIf.Explore(TestEngine.Assessor, StableUpgrade);
        var original = ConclusionMap.Of(TestEngine.Assess(StableUpgrade));

        foreach (var flip in whatIf.Flips.Take(40))
        {
            var changed = ConclusionMap.Of(TestEngine.Assess(ScenarioChanges.Apply(StableUpgrade, flip.Changes)));
            Assert.Equal(flip.From, original.ValueOf(flip.Conclusion));
            Assert.Equal(flip.To, changed.ValueOf(flip.Conclusion));
        }
    }

    [Fact]
    public void Explore_RecordedEpisode_CounterfactualsDropTheRecord()
    {
        var whatIf = WhatIf.Explore(TestEngine.Assessor, HistoricalScenarios.Find("2021-harris-visit")!);

        Assert.Contains(FlipsOf(whatIf, "advice[United States,DoNotPushUpgrade]", ConclusionMap.Absent),
            f => f.Changes.Single().ToString() == "offers[0]: United States offers partnership upgrade → (removed)");
    }

    [Fact]
    public void Cli_WhatIf_Json_IsTheContract()
    {
        var path = Path.Combine(Path.GetTempPath(), $"whatif-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ScenarioJson.Serialize(StableUpgrade));
        try
        {
            var run = CliRun.Of("whatif", path, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            using var json = JsonDocument.Parse(run.Stdout);
            var flip = json.RootElement.GetProperty("flips").EnumerateArray()
                .First(f => f.GetProperty("conclusion").GetString() == "responses[United States,PartnershipUpgrade]"
                    && f.GetProperty("to").GetString() == "Accept");
            Assert.Equal(UpgradeAnswer(StableUpgrade), flip.GetProperty("from").GetString());
            var change = flip.GetProperty("changes")[0];
            Assert.Equal("relation.level", change.GetProperty("field").GetString());
            Assert.Equal("Stable", change.GetProperty("from").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("text", "responses[United States,PartnershipUpgrade] = {0}\n  → Accept after any of:\n")]
    [InlineData("md", "| `responses[United States,PartnershipUpgrade]` | {0} | Accept | relation.level: Stable → Hostile; relation.settlementFailed: false → true |")]
    public void Cli_WhatIf_TextAndMarkdown_NameTheChange(string format, string expectedFormat)
    {
        var run = CliRun.Of("whatif", "--builtin", "2021-harris-visit", "--format", format);
        var expected = string.Format(System.Globalization.CultureInfo.InvariantCulture, expectedFormat, UpgradeAnswer(HistoricalScenarios.Find("2021-harris-visit")!));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_ByDefault_ProposesNoBorderBetweenAPowerAndTheNeighbour_AndSaysSo()
    {
        var scenario = HistoricalScenarios.Find("future-sharp-deterioration")!;

        var whatIf = WhatIf.Explore(TestEngine.Assessor, scenario);
        var probing = WhatIf.Explore(TestEngine.Assessor, scenario, new CounterfactualOptions { VaryThirdPartyGeography = true }, null, default);

        Assert.DoesNotContain(whatIf.Flips.SelectMany(f => f.Changes), c => c.To.Contains("United States and China", StringComparison.Ordinal));
        Assert.Contains(probing.Flips.SelectMany(f => f.Changes), c => c.To == "land border between United States and China");
        Assert.Contains(new FixedInput("geography[+]", "no land border between United States and China", FixedBecause.ThirdPartyGeography), whatIf.Fixed);
        Assert.DoesNotContain(probing.Fixed, f => f.Because == FixedBecause.ThirdPartyGeography);
    }

    [Fact]
    public void Explore_FixedPart_NoFlipChangesIt()
    {
        var whatIf = WhatIf.Explore(TestEngine.Assessor, StableUpgrade, new CounterfactualOptions { Fixed = ["relation", "powers[United States]"] }, null, default);

        Assert.NotEmpty(whatIf.Flips);
        Assert.All(whatIf.Flips.SelectMany(f => f.Changes), c => Assert.False(
            c.Field.StartsWith("relation.", StringComparison.Ordinal) || c.Field.StartsWith("powers[0]", StringComparison.Ordinal), c.ToString()));
        Assert.Empty(FlipsOf(whatIf, "responses[United States,PartnershipUpgrade]", "Accept"));
    }

    [Theory]
    [InlineData("2021-harris-visit")]
    [InlineData("1978-soviet-alliance")]
    [InlineData("future-sharp-deterioration")]
    public void Explore_EveryConclusion_IsFlippedOrListedUnflipped(string id)
    {
        // A conclusion that no change flips was left out of every format before: a reader could not
        // tell it held from it having been forgotten.
        var scenario = HistoricalScenarios.Find(id)!;
        var conclusions = AllianceRules.Conclusions.ConclusionMap.Of(TestEngine.Assess(scenario)).Keys.ToArray();

        var whatIf = TestEngine.Assessor.Explore(scenario);

        var flipped = whatIf.Flips.Select(f => f.Conclusion).Distinct().ToArray();
        Assert.Empty(flipped.Intersect(whatIf.Unflipped));
        Assert.Equal(conclusions.Order(), flipped.Concat(whatIf.Unflipped).Order());
        Assert.Equal(whatIf.Unflipped.Order(), whatIf.Unflipped);
    }

    [Fact]
    public void Explore_HarrisVisit_TheReachAdviceIsUnflipped_AndEveryFormatSaysSo()
    {
        var whatIf = TestEngine.Assessor.Explore(HistoricalScenarios.Find("2021-harris-visit")!);

        Assert.Equal(["advice[United States,DemonstrateReach]"], whatIf.Unflipped.Select(k => k.ToString()));
        Assert.Contains("No change of one or two inputs changes these:\n  - advice[United States,DemonstrateReach]\n", WhatIfReport.RenderText(whatIf), StringComparison.Ordinal);
        Assert.Contains("No change of one or two inputs changes these: `advice[United States,DemonstrateReach]`.", WhatIfReport.RenderMarkdown(whatIf), StringComparison.Ordinal);
        Assert.Contains("\"unflipped\": [\n    \"advice[United States,DemonstrateReach]\"\n  ]", AssessmentJson.Serialize(whatIf), StringComparison.Ordinal);
    }

    [Fact]
    public void Explore_FixByDigits_HoldsThePowerAtThatIndex_EvenWhereAPowerIsNamedSo()
    {
        // Powers named "1" and "0": the changes print powers[1].resolve for the power at index 1
        // (named "0"), so a path copied from them must hold that power, not the one named "1".
        var us = StableUpgrade.Powers[0];
        var scenario = StableUpgrade with
        {
            Powers = [us with { Name = "1", Resolve = Resolve.Demonstrated }, us with { Name = "0", Resolve = Resolve.Undemonstrated }],
            Geography = [ActorProfiles.VietnamChinaBorder],
            Offers = [StableUpgrade.Offers[0] with { From = "1" }, StableUpgrade.Offers[0] with { From = "0" }],
        };

        var whatIf = WhatIf.Explore(TestEngine.Assessor, scenario, new CounterfactualOptions { Fixed = ["powers[1].resolve"] }, null, default);

        Assert.DoesNotContain(whatIf.Flips.SelectMany(f => f.Changes), c => c.Field == "powers[1].resolve");
        Assert.Contains(whatIf.Fixed, f => f.Field == "powers[1].resolve" && f.Value == "Undemonstrated");

        // Digits past the end that name a power: said so, with the index to use.
        var named7 = scenario with { Powers = [scenario.Powers[0], scenario.Powers[1] with { Name = "7" }], Offers = [scenario.Offers[0]] };
        var ex = Assert.Throws<FormatException>(() => WhatIf.Explore(TestEngine.Assessor, named7, new CounterfactualOptions { Fixed = ["powers[7].resolve"] }, null, default));
        Assert.Equal("'powers[7].resolve': digits are an index, as the changes print a power, and the scenario's powers are numbered 0 to 1; the power named '7' is powers[1]", ex.Message);
    }

    [Fact]
    public void Explore_FixTheAmountOfAnOfferThatStatesNone_IsRefused_NotHeldInVain()
    {
        // From a trial: --fix offers[0].annualUsd was accepted on a PartnershipUpgrade and listed as held.
        var ex = Assert.Throws<FormatException>(() => WhatIf.Explore(TestEngine.Assessor, StableUpgrade, new CounterfactualOptions { Fixed = ["offers[0].annualUsd"] }, null, default));

        Assert.Equal("'offers[0].annualUsd': a PartnershipUpgrade offer states no amount (only MilitaryAid and EconomicAid do), so the search has none to change", ex.Message);
    }

    [Fact]
    public void Cli_WhatIf_Fix_IsHonoured_AndTheJsonListsWhatWasHeld()
    {
        var run = CliRun.Of("whatif", "--builtin", "future-sharp-deterioration", "--fix", "relation.level", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Stdout);
        Assert.DoesNotContain(
            json.RootElement.GetProperty("flips").EnumerateArray().SelectMany(f => f.GetProperty("changes").EnumerateArray()),
            c => c.GetProperty("field").GetString() == "relation.level");
        Assert.Equal(
            ["roles Role", "geography[+] ThirdPartyGeography", "relation.level Asked"],
            json.RootElement.GetProperty("fixed").EnumerateArray().Select(f => $"{f.GetProperty("field").GetString()} {f.GetProperty("because").GetString()}"));
    }

    [Fact]
    public void Cli_WhatIf_BadFix_IsRefused()
    {
        var run = CliRun.Of("whatif", "--builtin", "future-sharp-deterioration", "--fix", "geography[9]");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: --fix: 'geography[9]': the scenario's geography entries are numbered 0 to 1", Assert.Single(run.StderrLines));
    }
}
