using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;
using Amendment;
using NRules;
using NRules.Fluent;

namespace AllianceRules.Tests.Theory;

/// <summary>The lint of the article's rulebook, pinned: a rule change shows up as a changed report, and in docs/theory-lint.md.</summary>
[Collection(SweepsOnEveryCore.Name)]
public class TheoryLintTests
{
    private static readonly Lazy<TheoryLint> Lint = new(TheoryLint.Run);

    // The article's rulebook without justification, and its table: what every claim's load is compared with (built once).
    private static readonly Lazy<(AllianceAssessor Assessor, DecisionTable Table)> Article = new(() =>
    {
        var assessor = new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false });
        return (assessor, DecisionTable.Build(assessor));
    });

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Report_MatchesSnapshot()
    {
        Snapshots.Match(TheoryLintReport.RenderText(Lint.Value), "lint.txt");
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Docs_TheoryLint_IsFresh()
    {
        GeneratedDocs.AssertFreshSection("docs/theory-lint.md", "lint", TheoryLintReport.RenderMarkdown(Lint.Value));
    }

    [Fact]
    public void Run_ArticleRulebook_OnlyTheRulesOfAnIncapablePatronNeverFire()
    {
        // The table's power is always capable (D21), and no episode has a patron that contains the
        // neighbour and is no longer capable: nothing the lint sweeps draws the gap NotCapable, a
        // balance beside an incapable patron, or the outlook of such a patron while the hedging
        // state accommodates (D35). The theory files (tests/theory) cover all three rules.
        Assert.Equal(["Commitment.NotCapableGap", "Outlook.UnlikelyWhileAccommodating", "Posture.BalanceWithIncapablePatronWhenSettlementFailed"], Lint.Value.NeverFiring);
        Assert.Empty(Lint.Value.Redundant);
        Assert.Empty(Lint.Value.Conflicts);
        Assert.Equal([LintFindingKind.NeverFires], Lint.Value.Found);
    }

    [Fact]
    public void Run_ClaimLoads_OnePerClaimTheRulesCarry_RankedByRowsThenEpisodes()
    {
        var loads = Lint.Value.ClaimLoads;

        Assert.Equal(TestEngine.Assessor.Rules.SelectMany(r => r.Claims).Distinct().Order(StringComparer.Ordinal), loads.Select(l => l.Claim).Order(StringComparer.Ordinal));
        Assert.All(loads.Zip(loads.Skip(1)), pair =>
            Assert.True(pair.First.Rows > pair.Second.Rows || (pair.First.Rows == pair.Second.Rows && pair.First.Episodes.Count >= pair.Second.Episodes.Count)));
        Assert.Equal((4320, HistoricalScenarios.All.Count), (Lint.Value.TableRows, Lint.Value.Episodes.Count));
    }

    [Theory]
    [InlineData("C02")] // two posture rules that never draw together: every row concluded as one of them alone concludes it
    [InlineData("C08")] // a candidate patron (matched by others) and an outlook (matched by none): rows reassessed and rows built from what was derived
    [InlineData("C11")] // a need and advice no rule matches: every row built from what was derived, none reassessed
    [InlineData("C18")] // advice, needs and a response: mostly built, some reassessed
    [InlineData("C25")] // aid accepted and aid below the benchmark: concluded as one rule alone where only it draws, reassessed where both do
    [InlineData("C27")] // its loss leaves rows with no posture
    [InlineData("C33")] // derived geography, matched under Not elsewhere
    [InlineData("C45")] // guarantees that protect, whose facts only block the gaps
    [InlineData("C48")] // reliance, two rules
    [InlineData("C51")] // fires in every row
    public void Run_ClaimLoad_AgreesWithSwitchingTheClaimOffOverEveryScenario(string claim)
    {
        // The lint reassesses only the scenarios where the claim's rules drew a fact, and of those
        // builds without a session the ones where no other rule matches what they drew; here every
        // scenario is reassessed without the claim, through the public options, and compared.
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.DisabledClaims.Add(claim);
        var after = new AllianceAssessor(options);
        var afterTable = DecisionTable.Build(after);
        var changed = Article.Value.Table.Rows.Zip(afterTable.Rows).Where(p => p.First.Error != p.Second.Error || !Same(p.First.Conclusions, p.Second.Conclusions)).ToArray();
        var episodes = HistoricalScenarios.All
            .Where(e => Conclusions(Article.Value.Assessor, e) != Conclusions(after, e))
            .Select(e => e.Id!)
            .ToArray();

        var load = Assert.Single(Lint.Value.ClaimLoads, l => l.Claim == claim);
        Assert.Equal(changed.Length, load.Rows);
        Assert.Equal(changed.Count(p => p.Second.Error is not null), load.RowsWithoutAssessment);
        Assert.Equal(episodes, load.Episodes);
    }

    [Fact]
    public void Run_ClaimSetWhoseRuleYieldsAnInterface_CountsWhatSwitchingBothOffChanges()
    {
        // The mark rule yields through a helper typed as an interface the risk rule does not match
        // (it requires the mark absent as another interface the mark also is). Switched off alone,
        // the mark rule lets the risk rule draw in every row; switched off together (their claim),
        // they change nothing, for the mark is no conclusion. The set must not take the mark
        // rule's outcome alone, as if the risk rule were out of its reach.
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.AdditionalRuleTypes.Add(typeof(MarkEveryPower));
        options.AdditionalRuleTypes.Add(typeof(RiskWhereUnmarked));

        var lint = TheoryLint.Run(options);

        var load = Assert.Single(lint.ClaimLoads, l => l.Claim == "C10");
        Assert.Equal((0, 0), (load.Rows, load.Episodes.Count));
        Assert.DoesNotContain("Test.MarkEveryPower", lint.Redundant);
    }

    [Fact]
    public void Reach_IsKnownOnlyForRulesThatDrawByYieldAlone()
    {
        // A claim's set reuses one rule's outcome only where every rule's reach is known: what a
        // rule yields is all it draws. Every rule of the article's rulebook draws by Yield alone; a
        // rule that also inserts a fact in a Do does not, and then nothing is reused.
        Assert.All(TestEngine.Assessor.Descriptions.Values, rule => Assert.True(rule.YieldsAll, rule.Name));

        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(MarkEveryPower), typeof(YieldsThenInserts)));
        var described = RuleDescription.Describe([.. repository.GetRules()]);

        Assert.True(described.Values.Single(d => d.Name == "Test.MarkEveryPower").YieldsAll);
        Assert.False(described.Values.Single(d => d.Name == "Test.YieldsThenInserts").YieldsAll);
    }

    [Fact]
    public void Trace_RulesDrawingDifferentValues_IsAConflict()
    {
        // The sample amendment's rule without the amendment switching the article's rule off:
        // both answer the 2021 upgrade, one Accept, the other Reject.
        var options = new AllianceRulesOptions { CaptureJustification = false };
        options.AdditionalRuleTypes.Add(typeof(AcceptLabelOnlyUpgradeInStableTimes));
        var assessor = new AllianceAssessor(options);
        var harris = HistoricalScenarios.Find("2021-harris-visit")!;
        var trace = TheoryLint.Trace.Of(assessor, ValidScenario.From(harris));

        var conflicts = TheoryLint.FindConflicts([trace, trace], tableRows: 1, [harris], i => i == 0 ? "row 1" : harris.Id!);

        var conflict = Assert.Single(conflicts);
        Assert.Equal(
            (ConclusionKind.Response, "Amendment.AcceptLabelOnlyUpgradeInStableTimes", "Accept", "Offers.RejectPartnershipUpgradeWhileBandwagoning", "Reject"),
            (conflict.Kind, conflict.FirstRule, conflict.FirstValue, conflict.SecondRule, conflict.SecondValue));
        Assert.Equal((1, "row 1: responses[United States,PartnershipUpgrade]"), (conflict.Rows, conflict.Example));
        Assert.Equal(["2021-harris-visit"], conflict.Episodes);
    }

    [Fact]
    public void Cli_Lint_FailOnAKindThatOccurs_ExitsOneAndPrintsTheReport()
    {
        var run = CliRun.Of("lint", "--fail-on", "conflict,never-fires");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(TheoryLintReport.RenderText(Lint.Value), run.Stdout);
        Assert.Equal(["lint: never-fires found (--fail-on never-fires)"], run.StderrLines);
    }

    [Theory]
    [InlineData("error: --fail-on: 'typo' is not a kind of finding (use never-fires, redundant, conflict, idle-claim)", "lint", "--fail-on", "typo")]
    [InlineData("error: --format csv is not supported by lint (use text or md)", "lint", "--format", "csv")]
    public void Cli_Lint_BadArguments_ExitTwoBeforeLinting(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.StderrLines[0]);
    }

    private static bool Same(ConclusionMap? a, ConclusionMap? b) => a is null ? b is null : b is not null && a.SequenceEqual(b);

    private static string Conclusions(AllianceAssessor assessor, Scenario scenario)
    {
        try
        {
            return string.Join("\n", ConclusionMap.Of(assessor.Assess(scenario)).Select(p => $"{p.Key}={p.Value}"));
        }
        catch (RulebookException ex)
        {
            return ex.Message;
        }
    }
}
