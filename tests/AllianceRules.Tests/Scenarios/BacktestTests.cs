using AllianceRules.Backtesting;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>The theory against the record: every built-in episode must reproduce what the article says happened.</summary>
public class BacktestTests
{
    public static TheoryData<string> RecordedIds() => new(HistoricalScenarios.All.Where(s => s.Observed is not null).Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(RecordedIds))]
    public void Assess_RecordedEpisode_MatchesTheRecord(string id)
    {
        var backtest = TestEngine.Assess(HistoricalScenarios.Find(id)!).Backtest;

        Assert.NotNull(backtest);
        Assert.Empty(backtest.Misses);
        Assert.True(backtest.Matches);
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
                new BacktestMiss("posture", "Bandwagon", "Balance"),
                new BacktestMiss("responses[Soviet Union,BaseAccess].decision", "Reject", "Accept"),
                new BacktestMiss("risks", "ChineseSuspicion", "AloneAtSea"),
            ],
            backtest.Misses);
    }

    [Fact]
    public void Cli_Backtest_EveryRecordedEpisodeMatches_ExitsZero()
    {
        var run = CliRun.Of("backtest");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(HistoricalScenarios.All.Count + 1, lines.Length);
        Assert.Equal("12 episodes, 11 with a record: 11 match, 0 miss", lines[^1]);
        Assert.StartsWith("1978-soviet-alliance         match  posture Balance = Balance; responses[Soviet Union,AllianceTreaty].decision Accept = Accept", lines[2], StringComparison.Ordinal);
    }
}
