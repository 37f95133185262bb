using AllianceRules.Backtesting;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;
using Snapshooter.Xunit;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// The theory against the record. The record is kept as it was (history.md, "Changes in v2"), so
/// an episode either matches or misses in exactly the fields listed here: a miss is a finding
/// about the theory, never fitted away by changing a rule or an input.
/// </summary>
public class BacktestTests
{
    /// <summary>Every miss of the current rulebook, with the rule that draws the predicted value and why it misses.</summary>
    private static readonly (string Id, string Field, string Predicted, string Observed, string Rule)[] KnownMisses =
    [
        // C26 has Vietnam give in once the patron turns (1986), the article has it give in only in 1991: a miss of timing.
        ("1986-soviet-shift", "posture", "Accommodate", "Balance", "Posture.AccommodateWhenPatronRetrenches"),
        ("1988-johnson-south-reef", "posture", "Accommodate", "Balance", "Posture.AccommodateWhenPatronRetrenches"),

        // C04, C15: an upgrade is turned down in stable times; in April 2023 it was neither taken nor refused,
        // and in September 2023, after the article, it was accepted.
        ("2023-blinken-visit", "responses[United States,PartnershipUpgrade].decision", "Reject", "Defer", "Offers.RejectAlignmentWhileBandwagoning"),
        ("2023-09-us-comprehensive-partnership", "responses[United States,PartnershipUpgrade].decision", "Reject", "Accept", "Offers.RejectAlignmentWhileBandwagoning"),
    ];

    public static TheoryData<string> RecordedIds() => new(HistoricalScenarios.All.Where(s => s.Observed is not null).Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(RecordedIds))]
    public void Assess_RecordedEpisode_MissesExactlyTheKnownMisses(string id)
    {
        var backtest = TestEngine.Assess(HistoricalScenarios.Find(id)!).Backtest;

        Assert.NotNull(backtest);
        var expected = KnownMisses.Where(m => m.Id == id).Select(m => (m.Field, m.Predicted, m.Observed, m.Rule)).ToArray();
        Assert.Equal(expected, backtest.Misses.Select(m => (m.Field, m.Predicted, m.Observed, string.Join(", ", m.Rules))));
        Assert.Equal(expected.Length == 0, backtest.Matches);
        Assert.All(backtest.Misses, m => Assert.NotEmpty(m.Claims));
    }

    [Theory]
    [InlineData(false, 11, 8)]
    [InlineData(true, 2, 1)]
    public void Score_TheArticlesEvidenceAndAfterTheArticle_AreKeptApart(bool afterTheArticle, int recorded, int matched)
    {
        var backtests = HistoricalScenarios.All
            .Where(s => s.Observed is not null && HistoricalScenarios.IsAfterTheArticle(s) == afterTheArticle)
            .Select(s => TestEngine.Assess(s).Backtest!)
            .ToArray();

        Assert.Equal(recorded, backtests.Length);
        Assert.Equal(matched, backtests.Count(b => b.Matches));
    }

    [Fact]
    public void Assess_ForecastWithoutRecord_HasNoBacktest()
    {
        Assert.Null(TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!).Backtest);
    }

    [Fact]
    public void Assess_RecordTheRulesContradict_ListsEveryMiss()
    {
        var scenario = HistoricalScenarios.Find("1975-soviet-port-request")! with
        {
            Observed = new()
            {
                Posture = Posture.Balance,
                Responses = [new() { From = "Soviet Union", Kind = OfferKind.BaseAccess, Decision = Decision.Accept }],
                Risks = [Risk.AloneAtSea],
            },
        };

        var backtest = TestEngine.Assess(scenario).Backtest!;

        Assert.False(backtest.Matches);
        Assert.Equal(
            [
                ("posture", "Bandwagon", "Balance", "Posture.BandwagonWhenRelationsGoodOrStable"),
                ("responses[Soviet Union,BaseAccess].decision", "Reject", "Accept", "Offers.RejectBaseAccessWhileBandwagoning"),
                ("risks[AloneAtSea]", "(none)", "present", ""),
            ],
            backtest.Misses.Select(m => (m.Field, m.Predicted, m.Observed, string.Join(", ", m.Rules))));
    }

    [Fact]
    public void Cli_Backtest_ScoresBothSets_AMissIsAFinding_ExitsZero()
    {
        var run = CliRun.Of("backtest");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("  score: 8 of 11 match", lines);
        Assert.Contains("  score: 1 of 2 match", lines);
        foreach (var (id, _, _, _, rule) in KnownMisses)
        {
            Assert.Contains(lines, l => l.StartsWith("  " + id + " ", StringComparison.Ordinal) && l.Contains(" MISS ", StringComparison.Ordinal));
            Assert.Contains(lines, l => l.Contains("miss: ", StringComparison.Ordinal) && l.Contains("drawn by " + rule, StringComparison.Ordinal));
        }

        Assert.Equal(KnownMisses.Length, lines.Count(l => l.Contains(" MISS ", StringComparison.Ordinal)));
        Assert.Equal(HistoricalScenarios.All.Count(s => s.Observed is not null) - KnownMisses.Length, lines.Count(l => l.Contains(" match ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cli_Backtest_FailOnMiss_ExitsOne()
    {
        Assert.Equal(1, CliRun.Of("backtest", "--fail-on-miss").ExitCode);
    }

    [Fact]
    public void Scorecard_MatchesSnapshot()
    {
        Snapshot.Match(ScorecardReport.RenderText(Scorecard.Build(TestEngine.Assessor)));
    }

    [Fact]
    public void BacktestDoc_ScorecardIsFresh()
    {
        GeneratedDocs.AssertFreshSection("docs/backtest.md", "scorecard", ScorecardReport.RenderMarkdown(Scorecard.Build(TestEngine.Assessor)));
    }

    [Fact]
    public void BacktestDoc_SampleAmendmentDiffIsFresh()
    {
        var options = new AllianceRulesOptions();
        var amendment = new Amendment.ReassuranceAmendment();
        amendment.Apply(options);
        var diff = TheoryDiff.Compare(TestEngine.Assessor, new AllianceAssessor(options));

        // The report's headings sit under the page's own: '# Theory diff' becomes '###'.
        var report = string.Join('\n', TheoryDiffReport.RenderMarkdown(diff, amendment.Description)
            .Split('\n')
            .Select(line => line.StartsWith('#') ? "##" + line : line));

        GeneratedDocs.AssertFreshSection("docs/backtest.md", "amendment", report);
    }
}
