using AllianceRules.Conclusions;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;
using Amendment;

namespace AllianceRules.Tests.Theory;

public class TheoryDiffTests
{
    private static AllianceAssessor Amended()
    {
        var options = new AllianceRulesOptions();
        new ReassuranceAmendment().Apply(options);
        return new AllianceAssessor(options);
    }

    [Fact]
    public void Compare_SampleAmendment_ChangesExactlyTheStableLabelOnlyUpgradeRows()
    {
        var diff = TheoryDiff.Compare(TestEngine.Assessor, Amended());

        var expected = DecisionTable.InputSpace()
            .Count(p => p.Level == Facts.RelationLevel.Stable && p.Offer == Facts.OfferKind.PartnershipUpgrade && p.Stance == Facts.Stance.Containment);
        Assert.Equal(expected, diff.Rows.Count);
        Assert.All(diff.Rows, change =>
        {
            Assert.Equal(Facts.RelationLevel.Stable, change.Before.Level);
            Assert.Equal(Facts.OfferKind.PartnershipUpgrade, change.Before.Offer);
            Assert.Equal(Facts.Decision.Reject, change.Before.Response);
            Assert.Equal(Facts.Decision.Accept, change.After.Response);
            Assert.Equal((change.Before with { Response = Facts.Decision.Accept }).OutcomeKey, change.After.OutcomeKey);
        });
        Assert.Equal(
            [
                new ConclusionChange("2021-harris-visit", ConclusionKey.Parse("responses[United States,PartnershipUpgrade]"), "Reject", "Accept"),
                new ConclusionChange("2023-blinken-visit", ConclusionKey.Parse("responses[United States,PartnershipUpgrade]"), "Reject", "Accept"),
                new ConclusionChange("2023-09-us-comprehensive-partnership", ConclusionKey.Parse("responses[United States,PartnershipUpgrade]"), "Reject", "Accept"),
            ],
            diff.Conclusions);
    }

    [Fact]
    public void Amended_ConclusionCarriesTheAmendmentsOwnClaim()
    {
        var response = Amended().Assess(HistoricalScenarios.Find("2021-harris-visit")!).Responses.Single();

        Assert.Equal(Facts.Decision.Accept, response.Decision);
        Assert.Equal(["X01"], response.Claims);
        Assert.Equal("Amendment.AcceptLabelOnlyUpgradeInStableTimes", response.Because.Single().Rule);
    }

    [Fact]
    public void Compare_SameRulebook_ChangesNothing()
    {
        var diff = TheoryDiff.Compare(TestEngine.Assessor, new AllianceAssessor());

        Assert.Empty(diff.Rows);
        Assert.Empty(diff.Conclusions);
    }

    [Fact]
    public void Cli_Diff_AmendmentAssembly_PrintsTheMarkdownDiff()
    {
        var run = CliRun.Of("diff", "--amendment", typeof(ReassuranceAmendment).Assembly.Location);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Theory diff: X01: in stable times", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\n24 of 4320 decision-table rows change; 3 conclusions of built-in scenarios change.\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("| Reject → **Accept** |", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_Diff_ClaimWhoseLossLeavesNoPosture_ReportsRowsWithoutAStackTrace()
    {
        var run = CliRun.Of("diff", "--disable-claim", "C27");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("(rulebook error)", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: give --amendment, --disable-claim or --disable-rule: there is nothing to compare", "diff")]
    [InlineData("error: --amendment: nope.dll: no such file", "diff", "--amendment", "nope.dll")]
    public void Cli_Diff_NothingUsable_ExitsTwo(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.StderrLines[0]);
    }
}
