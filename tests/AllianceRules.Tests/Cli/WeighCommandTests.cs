using System.Text.Json;
using AllianceRules.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Weighing;

namespace AllianceRules.Tests.Cli;

/// <summary><c>alliance-rules weigh</c> as a user runs it: formats, the budget, refusals and cancelling.</summary>
[Collection(SweepsOnEveryCore.Name)]
public class WeighCommandTests
{
    // The readings alone: the cheapest run the command accepts.
    private static readonly string Singles = ReadingWeights.MinimumMaxAssessments.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static readonly int Pairs = AlternativeReadings.All.Count * (AlternativeReadings.All.Count - 1) / 2;

    [Fact]
    public void Weigh_Json_ListsEveryReading_WithItsScorecard()
    {
        var run = CliRun.Of("weigh", "--format", "json", "--budget", Singles);

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Stderr));
        using var json = JsonDocument.Parse(run.Stdout);
        var readings = json.RootElement.GetProperty("readings").EnumerateArray().ToArray();
        Assert.Equal(AlternativeReadings.All.Count, readings.Length);
        Assert.All(readings, r => Assert.Equal(2, r.GetProperty("scores").GetArrayLength()));
        Assert.Equal(0, json.RootElement.GetProperty("pairsWeighed").GetInt32());
        Assert.Equal(Pairs, json.RootElement.GetProperty("pairs").GetInt32());
    }

    [Fact]
    public void Weigh_Markdown_TopLineNamesTheMostLoadBearingReading()
    {
        var run = CliRun.Of("weigh", "--format", "md", "--budget", Singles);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Stdout.Split('\n');
        Assert.Equal("# Weighing the readings", lines[0]);
        Assert.StartsWith("**Most load-bearing: D", lines[2], StringComparison.Ordinal);
        Assert.Contains("| rank | decision | rows moved | episodes moved |", run.Stdout, StringComparison.Ordinal);
        Assert.Contains($"0 of {Pairs} pairs weighed, the budget ran out", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", "--budget 10 does not cover the rulebook and every reading alone: give at least {singles}")]
    [InlineData("-1", "--budget -1 does not cover")]
    public void Weigh_BudgetTooSmall_IsRefusedInOneLine(string budget, string message)
    {
        var run = CliRun.Of("weigh", "--budget", budget);

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.StartsWith("error: " + message.Replace("{singles}", Singles, StringComparison.Ordinal), run.Stderr, StringComparison.Ordinal);
        Assert.Single(run.StderrLines);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Weigh_UnsupportedFormat_IsRefusedNamingTheFormatsThatWork()
    {
        var run = CliRun.Of("weigh", "--format", "csv");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Contains("--format csv is not supported by weigh (use text, md or json)", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Weigh_Cancelled_ExitsWithTheCancelledCode()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = CliApp.Run(["weigh"], Stream.Null, output, error, cancel.Token);

        Assert.Equal((ExitCodes.Cancelled, "", "error: cancelled\n"), (exit, output.ToString(), error.ToString().ReplaceLineEndings("\n")));
    }
}
