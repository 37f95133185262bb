using AllianceRules.Backtesting;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// The theory against the record. The record is kept as it was (history.md, "Changes in v2"), so a
/// miss is a finding about the theory, never fitted away by changing a rule or an input. Which
/// episodes miss is the theory's score: it is pinned by the scorecard snapshot and docs/backtest.md,
/// which the accept command updates and review reads (docs/backtest.md reads each miss). These
/// tests hold the backtest to the assessment and the record it compares.
/// </summary>
public class BacktestTests
{
    private static Scorecard BuiltInScorecard() => Scorecard.Build(HistoricalScenarios.All.Select(scenario => TestEngine.Assessor.Assess(scenario)));

    public static TheoryData<string> RecordedIds() => new(HistoricalScenarios.All.Where(s => s.Observed is not null).Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(RecordedIds))]
    public void Assess_RecordedEpisode_EachMissIsWhatTheRulesDrewAgainstTheRecord(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;
        var assessment = TestEngine.Assess(scenario);
        var backtest = assessment.Backtest;

        Assert.NotNull(backtest);
        Assert.Equal(backtest.Misses.Count == 0, backtest.Matches);
        foreach (var miss in backtest.Misses)
        {
            Assert.NotEqual(miss.Predicted, miss.Observed);
            if (miss.Field == "posture")
            {
                Assert.Equal(assessment.Posture.Value.ToString(), miss.Predicted);
                Assert.Equal(scenario.Observed!.Posture.ToString(), miss.Observed);
                Assert.Equal(assessment.Posture.Because.Select(j => j.Rule), miss.Rules);
                Assert.Equal(assessment.Posture.Claims, miss.Claims);
            }
        }

        Assert.All(backtest.Misses.Where(m => m.Rules.Count > 0), m => Assert.NotEmpty(m.Claims));
    }

    [Theory]
    [InlineData(false, 11)]
    [InlineData(true, 2)]
    public void Score_TheArticlesEvidenceAndAfterTheArticle_AreKeptApart(bool afterTheArticle, int recorded)
    {
        var episodes = HistoricalScenarios.All
            .Where(s => s.Observed is not null && HistoricalScenarios.IsAfterTheArticle(s) == afterTheArticle)
            .ToArray();
        var set = BuiltInScorecard().Sets[afterTheArticle ? 1 : 0];

        Assert.Equal(recorded, episodes.Length);
        Assert.Equal(episodes.Select(s => s.Id), set.Episodes.Select(e => e.Scenario));
        Assert.Equal(episodes.Count(s => TestEngine.Assess(s).Backtest!.Matches), set.Matched);
    }

    [Fact]
    public void Assess_ForecastWithoutRecord_HasNoBacktest()
    {
        Assert.Null(TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!).Backtest);
    }

    [Fact]
    public void Assess_RecordTheRulesContradict_ListsEveryMissWithTheRuleThatDrewIt()
    {
        // A record that contradicts whatever the rules draw for the episode: the test holds the
        // comparison, not the theory's answer, so a change of theory does not break it.
        var episode = HistoricalScenarios.Find("1975-soviet-port-request")!;
        var drawn = TestEngine.Assess(episode);
        var response = Assert.Single(drawn.Responses);
        var posture = Enum.GetValues<Posture>().First(p => p != drawn.Posture.Value);
        var decision = Enum.GetValues<Decision>().First(d => d != response.Decision && d != Decision.NoClaim);
        var risk = Enum.GetValues<Risk>().First(r => drawn.Risks.All(d => d.Risk != r));
        var scenario = episode with
        {
            Observed = new()
            {
                Posture = posture,
                Responses = [new() { From = response.From, Kind = response.Kind, Decision = decision }],
                Risks = [risk],
            },
        };

        var backtest = TestEngine.Assess(scenario).Backtest!;

        Assert.False(backtest.Matches);
        Assert.Equal(
            [
                ("posture", drawn.Posture.Value.ToString(), posture.ToString(), string.Join(", ", drawn.Posture.Because.Select(j => j.Rule))),
                ($"responses[{response.From},{response.Kind}].decision", response.Decision.ToString(), decision.ToString(), string.Join(", ", response.Because.Select(j => j.Rule))),
                ($"risks[{risk}]", "(none)", "present", ""),
            ],
            backtest.Misses.Select(m => (m.Field, m.Predicted, m.Observed, string.Join(", ", m.Rules))));
    }

    [Fact]
    public void Cli_Backtest_ScoresBothSets_AMissIsAFinding_ExitsZero()
    {
        var run = CliRun.Of("backtest");
        var scorecard = BuiltInScorecard();

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        foreach (var set in scorecard.Sets)
        {
            Assert.Contains($"  score: {set.Matched} of {set.Episodes.Count} match", lines);
        }

        var misses = scorecard.Sets.SelectMany(s => s.Episodes).Where(e => !e.Matches).ToArray();
        foreach (var episode in misses)
        {
            Assert.Contains(lines, l => l.StartsWith("  " + episode.Scenario + " ", StringComparison.Ordinal) && l.Contains(" MISS ", StringComparison.Ordinal));
            foreach (var rule in episode.Backtest!.Misses.SelectMany(m => m.Rules))
            {
                Assert.Contains(lines, l => l.Contains("miss: ", StringComparison.Ordinal) && l.Contains("drawn by " + rule, StringComparison.Ordinal));
            }
        }

        Assert.Equal(misses.Length, lines.Count(l => l.Contains(" MISS ", StringComparison.Ordinal)));
        Assert.Equal(scorecard.Sets.Sum(s => s.Matched), lines.Count(l => l.Contains(" match ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Cli_Backtest_FailOnMiss_ExitsOneWhenAnEpisodeMisses()
    {
        var misses = BuiltInScorecard().Misses;

        Assert.Equal(misses > 0 ? 1 : 0, CliRun.Of("backtest", "--fail-on-miss").ExitCode);
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Scorecard_MatchesSnapshot()
    {
        Snapshots.Match(ScorecardReport.RenderText(BuiltInScorecard()), "scorecard.txt");
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void BacktestDoc_ScorecardIsFresh()
    {
        GeneratedDocs.AssertFreshSection("docs/backtest.md", "scorecard", ScorecardReport.RenderMarkdown(BuiltInScorecard()));
    }

    [Fact]
    [Trait("Category", Accept.Category)]
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
