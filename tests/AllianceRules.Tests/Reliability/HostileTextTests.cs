using System.Globalization;
using AllianceRules.Cli;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Testing;
using AllianceRules.Tests.Cli;
using AllianceRules.Theory;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Names and text as an attacker writes them (issue 23): a noncharacter that crashed the
/// normalisation, characters that show as nothing or pass for others, huge values echoed into
/// messages, and terminal codes from files and amendments, which every writer makes inert with
/// the one escaping, <see cref="Names.Inert"/>.
/// </summary>
public class HostileTextTests
{
    [Fact]
    public void Key_TextThatCannotBeNormalised_NeverThrows()
    {
        // Built here, not as theory data: a lone surrogate does not survive the test runner's serialisation.
        foreach (var name in (string[])["V\uFFFE", "V\uFDD0", "V" + '\ud800'])
        {
            Assert.Equal(name.ToUpperInvariant(), Names.Key(name));
        }
    }

    [Fact]
    public void Inert_LoneSurrogate_IsEscaped()
    {
        Assert.Equal("lone\\uD800", Names.Inert("lone" + '\ud800'));
    }

    [Fact]
    public void Read_NoncharacterInTheHedgingState_IsOneErrorWithThePath()
    {
        var json = "{\"relation\":{\"level\":\"Good\"},\"roles\":{\"hedgingState\":\"V\uFFFE\"}}";

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors);

        Assert.Equal("$.roles.hedgingState: holds a noncharacter (U+FFFE) at character 2", error.ToString());
    }

    [Fact]
    public void Cli_NoncharacterInTheHedgingState_ExitsTwoWithOneErrorLine()
    {
        var run = CliRun.WithStdin("{\"relation\":{\"level\":\"Good\"},\"roles\":{\"hedgingState\":\"V\uFFFE\"}}", "assess", "-");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["error: $.roles.hedgingState: holds a noncharacter (U+FFFE) at character 2"], run.StderrLines);
    }

    [Theory]
    [InlineData("P\u3164", "shows as nothing (U+3164)")]
    [InlineData("\u115FP", "shows as nothing (U+115F)")]
    [InlineData("P\uFFA0", "shows as nothing (U+FFA0)")]
    [InlineData("\u2800", "shows as nothing (U+2800)")]
    [InlineData("P\u034F", "shows as nothing (U+034F)")]
    [InlineData("P\u17B4", "shows as nothing (U+17B4)")]
    [InlineData("P\u180B", "shows as nothing (U+180B)")]
    [InlineData("P\uFE0F", "shows as nothing (U+FE0F)")]
    [InlineData("\u0301", "combining mark (U+0301) with no letter before it")]
    [InlineData("P \u0301", "combining mark (U+0301) with no letter before it")]
    [InlineData("P\uFFFE", "noncharacter (U+FFFE)")]
    [InlineData("P\u0378", "code point Unicode has not assigned (U+0378)")]
    [InlineData("\u0421hina", "mixes Cyrillic and Latin letters (character 2) and looks like 'China', which it is not; did you mean 'China'?")]
    [InlineData("S\u043Eviet", "mixes Latin and Cyrillic letters (character 2), so it can pass for another name")]
    [InlineData("\u0391merica", "mixes Greek and Latin letters")]
    public void Validate_NameThatHidesOrPassesForAnother_IsRefusedWithThePath(string name, string problem)
    {
        var error = Assert.Single(ScenarioValidator.Validate(Scenario(Relation(Facts.RelationLevel.Stable), Power(name))));

        Assert.Equal("$.powers[0].name", error.Path);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Cafe\u0301")]
    [InlineData("\u0420\u043E\u0441\u0441\u0438\u044F")]
    [InlineData("\u0395\u03BB\u03BB\u03AC\u03B4\u03B1")]
    [InlineData("\u65E5\u672C")]
    [InlineData("Soviet Union")]
    public void Validate_NamesInOneScript_AreAccepted(string name)
    {
        Assert.Empty(ScenarioValidator.Validate(Scenario(Relation(Facts.RelationLevel.Stable), Power(name))));
    }

    [Fact]
    public void Validate_ReferenceInAnotherScript_KeepsTheDidYouMean()
    {
        var scenario = Scenario(Relation(Facts.RelationLevel.Stable), Power("Soviet Union")) with { Offers = [Offer("S\u043Eviet Union", Facts.OfferKind.BaseAccess)] };

        var error = Assert.Single(ScenarioValidator.Validate(scenario));

        Assert.Equal("$.offers[0].from", error.Path);
        Assert.Contains("did you mean 'Soviet Union'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HugeNumber_IsQuotedAtMostAHundredCharacters()
    {
        var json = "{\"relation\":{\"level\":\"Good\"},\"coercion\":[{\"domain\":\"Sea\",\"year\":" + new string('9', 500_000) + ",\"kind\":\"X\"}]}";

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors);

        Assert.Equal("$.coercion[0].year", error.Path);
        Assert.Equal($"must be a whole number, not {new string('9', Names.MaxQuoted)}…", error.Message);
    }

    [Fact]
    public void Quote_LongValue_KeepsAHundredCharacters()
    {
        Assert.Equal($"'{new string('x', 100)}…'", Names.Quote(new string('x', 5000)));
        Assert.Equal("'short'", Names.Quote("short"));
    }

    public static TheoryData<string, string> HiddenCharacters => new()
    {
        { "\u001b[2J", "\\u001B[2J" },
        { "bell\u0007", "bell\\u0007" },
        { "del\u007f", "del\\u007F" },
        { "\u202eevil", "\\u202Eevil" },
        { "zero\u200bwidth", "zero\\u200Bwidth" },
        { "non\uFFFE", "non\\uFFFE" },
        { "tag\U000E0041", "tag\\U000E0041" },
        { "line\u2028break", "line\\u2028break" },
        { "filler\u3164", "filler\\u3164" },
        { "heart \u2764\uFE0F", "heart \u2764\uFE0F" },
        { "Caf\u00e9 \u65E5\u672C \U0001F600", "Caf\u00e9 \u65E5\u672C \U0001F600" },
    };

    [Theory]
    [MemberData(nameof(HiddenCharacters))]
    public void Inert_EscapesWhatATerminalActsOnOrHides_AndNothingElse(string text, string inert)
    {
        Assert.Equal(inert, Names.Inert(text));
    }

    /// <summary>
    /// Every writer that puts text from a file or an amendment on a terminal or into Markdown, fed
    /// the same hostile text: none lets through a character a terminal acts on or that hides.
    /// </summary>
    [Fact]
    public void EveryWriter_HostileText_LeavesNothingATerminalActsOn()
    {
        const string hostile = "x\u001b]0;owned\u0007 \u202e \u200b \u007f \uFFFE y";
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);

        using (var stderr = new StringWriter(CultureInfo.InvariantCulture))
        {
            new ErrorWriter(stderr).Write(hostile);
            outputs["error line"] = stderr.ToString();
        }

        outputs["Markdown text"] = MarkdownReport.Escape(hostile);
        outputs["Markdown code"] = MarkdownReport.Code(hostile);
        outputs["quoted value"] = Names.Quote(hostile);

        var test = new ScenarioTest { File = "hostile" + hostile + ".test.json", Name = hostile, Scenario = HistoricalScenarios.All[0], Expectations = [] };
        outputs["test report"] = ScenarioTestReport.RenderText(
            new ScenarioTestRun([new ScenarioTestResult { Test = test, Error = hostile }], TheoryCoverage.Of([hostile], [])), coverage: true);

        var before = TheoryExport.Parse(Export(hostile, "Balance"));
        var after = TheoryExport.Parse(Export(hostile, "Bandwagon"));
        outputs["diff"] = TheoryDiffReport.RenderMarkdown(TheoryDiff.Compare(before, after), before.Label + " → " + hostile);

        Assert.All(outputs, output => Assert.DoesNotContain(output.Value, c => c != '\n' && Hidden(c)));
        Assert.Contains("\\u001B", outputs["diff"], StringComparison.Ordinal);
    }

    private static bool Hidden(char c) =>
        char.IsSurrogate(c) ? false : CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned;

    /// <summary>A theory export as a hostile file holds one: codes in its rulebook, label, episode, rules and value.</summary>
    private static string Export(string hostile, string posture)
    {
        var text = System.Text.Json.JsonSerializer.Serialize(hostile);
        return $$"""
            {
              "format": 1,
              "rulebook": {{text}},
              "label": {{text}},
              "table": [],
              "episodes": [
                {"scenario":{{text}},"conclusions":[{"key":"posture","value":"{{posture}}","rules":[{{text}}],"claims":[{{text}}],"decisions":[]}]}
              ],
              "backtest": {"rulebook": {{text}}, "sets": [], "unrecorded": []}
            }
            """;
    }
}
