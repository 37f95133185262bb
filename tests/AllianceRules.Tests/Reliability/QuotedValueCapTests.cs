using AllianceRules.Conclusions;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Testing;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// An error quotes at most <see cref="Names.MaxQuoted"/> (100) characters of any value it was
/// given, wherever the value came from and whichever surface says it: the library's exceptions,
/// the command line's messages (the web service's problems are held to it in its own tests).
/// Each case sends a value of 5,000 characters and looks for a longer run of it in the message.
/// </summary>
public class QuotedValueCapTests
{
    private static readonly string Huge = new('Q', 5_000);

    public static TheoryData<string> LibraryCases() =>
    [
        "unknown property",
        "enum value",
        "explain question value",
        "explain question name",
        "expected conclusion list",
        "expected list item",
        "disabled claim",
        "disabled rule",
        "assessment document format",
    ];

    [Theory]
    [MemberData(nameof(LibraryCases))]
    public void Library_QuotesAtMostAHundredCharacters(string @case)
    {
        var message = @case switch
        {
            "unknown property" => Refusal($"{{\"relation\":{{\"level\":\"Good\"}},\"{Huge}\":1}}"),
            "enum value" => Refusal($"{{\"relation\":{{\"level\":\"{Huge}\"}}}}"),
            "explain question value" => Assert.Throws<FormatException>(() => TestEngine.Assessor.Explain(Episode(), "posture=" + Huge)).Message,
            "explain question name" => Assert.Throws<FormatException>(() => TestEngine.Assessor.Explain(Episode(), $"outlook[{Huge}]=Likely")).Message,
            "expected conclusion list" => ListError(Huge),
            "expected list item" => ItemError("risks", Huge),
            "disabled claim" => string.Join("\n", Options(o => o.DisabledClaims.Add(Huge)).Validate()),
            "disabled rule" => string.Join("\n", Options(o => o.DisabledRules.Add(Huge)).Validate()),
            "assessment document format" => Assert.ThrowsAny<Exception>(() => AssessmentJson.Deserialize(
                AssessmentJson.Serialize(TestEngine.Assess(Episode())).Replace(Assessment.CurrentFormat, Huge, StringComparison.Ordinal))).Message,
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        AssertCapped(message);
    }

    [Theory]
    [InlineData("unrecognized argument")]
    [InlineData("unknown built-in scenario")]
    [InlineData("unknown argument of a command")]
    [InlineData("lint --fail-on")]
    [InlineData("unknown property in a scenario file")]
    public void Cli_QuotesAtMostAHundredCharacters(string @case)
    {
        var run = @case switch
        {
            "unrecognized argument" => CliRun.Of(Huge),
            "unknown built-in scenario" => CliRun.Of("assess", "--builtin", Huge),
            "unknown argument of a command" => CliRun.Of("scenarios", Huge),
            "lint --fail-on" => CliRun.Of("lint", "--fail-on", Huge),
            "unknown property in a scenario file" => CliRun.WithStdin($"{{\"relation\":{{\"level\":\"Good\"}},\"{Huge}\":1}}", "assess", "-"),
            _ => throw new ArgumentOutOfRangeException(nameof(@case)),
        };

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("Q", run.Stderr, StringComparison.Ordinal);
        AssertCapped(run.Stderr + run.Stdout);
    }

    [Fact]
    public void ValidationMessage_ListsAtMostAHundredProblems_AndCountsTheRest()
    {
        var json = "{\"relation\":{\"level\":\"Good\"}" + string.Concat(Enumerable.Range(0, 1_000).Select(i => $",\"p{i}\":0")) + "}";

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json));

        Assert.Equal(1_000, error.Errors.Count);
        var lines = error.Message.Split('\n');
        Assert.Equal("The scenario is invalid (1000 problems):", lines[0]);
        Assert.Equal(1 + 100 + 1, lines.Length);
        Assert.Equal("$.p99: " + error.Errors[99].Message, lines[100]);
        Assert.Equal("and 900 more", lines[^1]);
    }

    /// <summary>The value is quoted (a run of it is there, so the case reached a message that quotes it), and cut.</summary>
    private static void AssertCapped(string message)
    {
        Assert.Contains(new string('Q', 20), message, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Q', Names.MaxQuoted + 1), message, StringComparison.Ordinal);
    }

    private static string Refusal(string json) =>
        string.Join("\n", Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors);

    private static Scenario Episode() => HistoricalScenarios.Find("1978-soviet-alliance")!;

    private static AllianceRulesOptions Options(Action<AllianceRulesOptions> configure)
    {
        var options = new AllianceRulesOptions();
        configure(options);
        return options;
    }

    private static string ListError(string text) =>
        ConclusionList.TryParse(text, out _, out var error) ? "" : error;

    private static string ItemError(string list, string item) =>
        ConclusionList.TryParse(list, out var parsed, out var error)
            ? parsed.TryKeyOf(item, out _, out var itemError) ? "" : itemError
            : error;
}
