using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Cli;

/// <summary>The first things a newcomer types: a built-in as a file to start from, a partial ID, a change that breaks the rulebook.</summary>
public class FirstStepsTests
{
    public static TheoryData<string> BuiltIns() => [.. HistoricalScenarios.All.Select(s => s.Id!)];

    [Theory]
    [MemberData(nameof(BuiltIns))]
    public void ScenariosShow_ReadBackByAssess_GivesTheBuiltInsAssessment(string id)
    {
        var shown = CliRun.Of("scenarios", "--show", id, "--format", "json");
        Assert.Equal(0, shown.ExitCode);

        var fromFile = CliRun.WithStdin(shown.Stdout, "assess", "-", "--format", "json");
        var builtin = CliRun.Of("assess", "--builtin", id, "--format", "json");

        Assert.Equal("", fromFile.Stderr);
        Assert.Equal(builtin.Stdout, fromFile.Stdout);
    }

    [Fact]
    public void ScenariosShow_TextFormat_IsRefusedNamingJson()
    {
        var run = CliRun.Of("scenarios", "--show", "1978-soviet-alliance", "--format", "text");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: --format text is not supported by scenarios --show (use json)"], run.StderrLines);
    }

    [Fact]
    public void Scenarios_JsonList_HasEveryBuiltInInOrder()
    {
        var run = CliRun.Of("scenarios", "--format", "json");

        using var json = System.Text.Json.JsonDocument.Parse(run.Stdout);
        Assert.Equal(HistoricalScenarios.All.Select(s => s.Id), json.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("1978", "did you mean 1978-soviet-alliance?")]
    [InlineData("1978-soviet-aliance", "did you mean 1978-soviet-alliance?")]
    [InlineData("normalization", "did you mean 1991-normalization?")]
    [InlineData("xi-state", "did you mean 2023-12-xi-state-visit or 2025-04-xi-state-visit?")]
    public void Builtin_PartialOrMistypedId_SaysWhichItMeans(string id, string hint)
    {
        var run = CliRun.Of("assess", "--builtin", id);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal([$"error: --builtin: '{id}' is not a built-in scenario; {hint} (see 'alliance-rules scenarios')"], run.StderrLines);
    }

    [Fact]
    public void Builtin_NothingClose_NamesTheListCommand()
    {
        var run = CliRun.Of("scenarios", "--show", "zzzz");

        Assert.Equal(["error: --show: 'zzzz' is not a built-in scenario (see 'alliance-rules scenarios')"], run.StderrLines);
    }

    [Fact]
    public void Diff_ChangeThatLeavesNoPostureRule_ExitsTwoWithOneLineSayingSo()
    {
        // Without C27 no rule draws Accommodate: a scenario whose patron is lost gets no posture at
        // all (1991; the decision table holds capability fixed, so none of its rows).
        var run = CliRun.Of("diff", "--disable-claim", "C27");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Matches(
            @"^error: the rulebook without C27 is broken, not changed: on [\d,]+ of [\d,]+ decision-table rows and [1-9]\d* of \d+ built-in episodes( \(.+\))? it draws no assessment: the rulebook drew no posture \(exactly one is expected\)$",
            line);
    }

    [Fact]
    public void SampleScenarios_EveryFile_IsAValidScenarioThatAssesses()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path("samples/scenarios"), "*.json").Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var run = CliRun.Of("assess", file, "--format", "json");
            Assert.True(run.ExitCode == 0, $"{Path.GetFileName(file)}: {run.Stderr}");
        }
    }

    [Fact]
    public void TableCsv_CellWithNoValue_IsEmpty()
    {
        var run = CliRun.Of("table", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("—", run.Stdout, StringComparison.Ordinal);
        // PartnershipUpgrade has no domains and no aid figure: two empty cells side by side.
        Assert.Contains(",PartnershipUpgrade,,,", run.Stdout, StringComparison.Ordinal);
    }
}
