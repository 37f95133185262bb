using System.Text.Json;
using AllianceRules.Scenarios;

namespace AllianceRules.Tests.Cli;

public class CliAppTests
{
    private const string HostileFailed = """
        { "relation": { "level": "Hostile", "settlementFailed": true },
          "powers": [ { "name": "Soviet Union", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" } ] }
        """;

    [Fact]
    public void Assess_StdinHostileSettlementFailed_PrintsBalanceJsonWithClaimsAndBecause()
    {
        var run = CliRun.WithStdin(HostileFailed, "assess", "-", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Stderr);
        using var json = JsonDocument.Parse(run.Stdout);
        var posture = json.RootElement.GetProperty("posture");
        Assert.Equal("Balance", posture.GetProperty("value").GetString());
        Assert.Equal(["C05", "C19", "C20"], posture.GetProperty("claims").EnumerateArray().Select(c => c.GetString()));
        Assert.NotEqual(0, posture.GetProperty("because").GetArrayLength());
    }

    [Fact]
    public void Assess_File_ReadsTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"alliance-rules-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, HostileFailed);
        try
        {
            var run = CliRun.Of("assess", path, "--format", "json");

            Assert.Equal(0, run.ExitCode);
            Assert.Contains("\"value\": \"Balance\"", run.Stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Assess_Builtin_DefaultsToTextWithTheTree()
    {
        var run = CliRun.Of("assess", "--builtin", "1978-soviet-alliance");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Scenario: 1978-soviet-alliance - Alliance with the Soviet Union (1978-11-03)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Posture: balance against the neighbour  [C05 ¶3, C19 ¶7, C20 ¶7]", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("because Geography.CandidatePatronWhenContainingFromAfar  [C08 ¶4, C09 ¶4]", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_TwoRuns_AreByteIdentical()
    {
        var first = CliRun.Of("assess", "--builtin", "future-sharp-deterioration", "--format", "json");
        var second = CliRun.Of("assess", "--builtin", "future-sharp-deterioration", "--format", "json");

        Assert.Equal(first.Stdout, second.Stdout);
    }

    [Theory]
    [InlineData("{", "error: $: not valid JSON at line 1, byte 2: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("", "error: $: the input is empty; a scenario is a JSON object with at least a 'relation'")]
    [InlineData("""{ "relation": { "level": "Good" }, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }""", "error: $.offers[0].from: 'Japan' is not a declared great power")]
    public void Assess_BadInput_ExitsTwoWithOneErrorLineAndNoStackTrace(string stdin, string expected)
    {
        var run = CliRun.WithStdin(stdin, "assess", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal([expected], run.StderrLines);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_SeveralProblems_FirstLineIsTheFirstProblem()
    {
        var run = CliRun.WithStdin("""{ "relation": { "level": "Bad" }, "extra": true }""", "assess", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: $.relation.level: 'Bad' is not one of Good, Stable, Strained, Hostile", run.StderrLines[0]);
        Assert.All(run.StderrLines, line => Assert.StartsWith("error: $", line, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("error: no-such-file.json: no such file", "assess", "no-such-file.json")]
    [InlineData("error: --builtin: 'nope' is not a built-in scenario (see 'alliance-rules scenarios')", "assess", "--builtin", "nope")]
    [InlineData("error: give a scenario FILE, - for standard input, or --builtin ID", "assess")]
    [InlineData("error: give either FILE or --builtin, not both", "assess", "x.json", "--builtin", "1975-soviet-port-request")]
    public void Assess_UnusableArguments_ExitTwo(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.StderrLines[0]);
    }

    [Fact]
    public void Parse_UnknownFormat_ExitsTwo()
    {
        var run = CliRun.Of("assess", "--builtin", "1975-soviet-port-request", "--format", "xml");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ", run.StderrLines[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: unrecognized command or argument 'frobnicate'", "frobnicate")]
    [InlineData("error: unrecognized command or argument '--frob'", "--frob")]
    [InlineData("error: unrecognized command or argument 'a\\u001B[31mb'", "a\u001b[31mb")]
    public void Parse_UnknownWord_ExitsTwoNamingIt(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([expected, "error: run 'alliance-rules --help' for usage"], run.StderrLines);
    }

    [Fact]
    public void Parse_UnknownWordUnderACommand_ExitsTwoWithTheParsersErrorNamingIt()
    {
        // The parser's own message, in the user's language: only the named word is ours to check.
        var run = CliRun.Of("assess", "extra1", "extra2");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(2, run.StderrLines.Length);
        Assert.StartsWith("error: ", run.StderrLines[0], StringComparison.Ordinal);
        Assert.Contains("'extra2'", run.StderrLines[0], StringComparison.Ordinal);
        Assert.Equal("error: run 'alliance-rules --help' for usage", run.StderrLines[1]);
    }

    [Fact]
    public void Scenarios_ListsEveryBuiltInInOrder()
    {
        var run = CliRun.Of("scenarios");

        Assert.Equal(0, run.ExitCode);
        var ids = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Split(' ')[0]);
        Assert.Equal(HistoricalScenarios.All.Select(s => s.Id), ids);
    }

    [Theory]
    [InlineData("assess", "csv", "--format csv is not supported by assess (use text, md or json)")]
    [InlineData("explain", "csv", "--format csv is not supported by explain (use text, md or json)")]
    [InlineData("whatif", "csv", "--format csv is not supported by whatif (use text, md or json)")]
    [InlineData("table", "text", "--format text is not supported by table (use md, csv or json)")]
    public void Format_NotSupportedByTheCommand_ExitsTwoWithOneErrorLine(string command, string format, string message)
    {
        string[] args = command == "table"
            ? [command, "--format", format]
            : [command, "--builtin", "1978-soviet-alliance", "--conclusion", "posture", "--format", format];
        if (command is "assess" or "whatif")
        {
            args = [command, "--builtin", "1978-soviet-alliance", "--format", format];
        }

        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(["error: " + message], run.StderrLines);
    }

    [Fact]
    public void Explain_Markdown_PrintsMarkdown()
    {
        var run = CliRun.Of("explain", "--builtin", "1978-soviet-alliance", "--conclusion", "posture", "--format", "md");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Why `posture` = Balance?\n\n- because `Posture.BalanceWithPatronWhenSettlementFailed`", run.Stdout, StringComparison.Ordinal);
    }
}
