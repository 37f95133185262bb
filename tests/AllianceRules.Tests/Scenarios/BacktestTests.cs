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
    private static Scorecard BuiltInScorecard() => Scorecard.Build(HistoricalScenarios.All, TestEngine.Assess);

    public static TheoryData<string> RecordedIds() => new(HistoricalScenarios.All.Where(s => s.Observed is not null).Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(RecordedIds))]
    public void Assess_RecordedEpisode_EachMissIsWhatTheRulesDrewAgainstTheRecord(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;
        var assessment = TestEngine.Assess(scenario);
        var backtest = assessment.Backtest;

        Assert.NotNull(backtest);
        Assert.Equal(backtest.Misses.Count == 0 && backtest.Comparisons.Any(c => c.Matches), backtest.Matches);
        Assert.Equal(backtest.Comparisons.Where(c => c.Result == FieldResult.Abstention).Select(c => c.Field), backtest.Abstentions);
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
    [InlineData(true, 8)]
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
                Risks = [new() { Risk = risk, Status = RiskStatus.Present }],
            },
        };

        var backtest = TestEngine.Assess(scenario).Backtest!;

        Assert.False(backtest.Matches);
        Assert.Equal(
            [
                ("posture", drawn.Posture.Value.ToString(), posture.ToString(), string.Join(", ", drawn.Posture.Because.Select(j => j.Rule))),
                ($"responses[{response.From},{response.Kind}].decision", response.Decision.ToString(), decision.ToString(), string.Join(", ", response.Because.Select(j => j.Rule))),
                ($"risks[{risk}]", "absent", "present", ""),
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
        Assert.Equal(ScorecardReport.Headline(scorecard), lines[0]);
        foreach (var set in scorecard.Sets)
        {
            var t = set.Theory;
            Assert.Contains(lines, l => l.StartsWith($"  score: {t.Matches} match", StringComparison.Ordinal) && l.Contains($", {t.Misses} miss, {t.Abstentions} abstain of {t.Fields} field", StringComparison.Ordinal));
            foreach (var baseline in set.Baselines)
            {
                Assert.Contains(lines, l => l.StartsWith($"  baseline {ScorecardReport.Name(baseline.Baseline)}: {baseline.Score.Matches} match", StringComparison.Ordinal));
            }
        }

        var misses = scorecard.Sets.SelectMany(s => s.Episodes).Where(e => e.Misses).ToArray();
        foreach (var episode in misses)
        {
            Assert.Contains(lines, l => l.StartsWith("  " + episode.Scenario + " ", StringComparison.Ordinal) && l.Contains(" MISS ", StringComparison.Ordinal));
            foreach (var rule in episode.Backtest!.Misses.SelectMany(m => m.Rules))
            {
                Assert.Contains(lines, l => l.Contains("miss: ", StringComparison.Ordinal) && l.Contains("drawn by " + rule, StringComparison.Ordinal));
            }
        }

        // An episode's line: its ID, then its outcome (match, MISS or abstain).
        int Outcomes(string outcome) => lines.Count(l => System.Text.RegularExpressions.Regex.IsMatch(l, $"^  \\S+ +{outcome} "));
        Assert.Equal(misses.Length, Outcomes("MISS"));
        Assert.Equal(scorecard.Sets.Sum(s => s.Matched), Outcomes("match"));
        Assert.Equal(scorecard.Sets.Sum(s => s.Episodes.Count(e => e.Abstains)), Outcomes("abstain"));
    }

    [Fact]
    public void Cli_Backtest_Json_IsTheScorecardWithItsTallies()
    {
        var run = CliRun.Of("backtest", "--format", "json");
        var scorecard = Scorecard.Build(HistoricalScenarios.All, TestEngine.Assess);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(ScorecardReport.RenderJson(scorecard), run.Stdout);
        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        var sets = json.RootElement.GetProperty("sets");
        for (var i = 0; i < scorecard.Sets.Count; i++)
        {
            var theory = sets[i].GetProperty("theory");
            Assert.Equal(scorecard.Sets[i].Theory.Abstentions, theory.GetProperty("abstentions").GetInt32());
            Assert.Equal(scorecard.Sets[i].Theory.PostHocMatches, theory.GetProperty("postHocMatches").GetInt32());
            Assert.Equal(Enum.GetValues<Baseline>().Length, sets[i].GetProperty("baselines").GetArrayLength());
        }
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
