using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

/// <summary>The claim beside its ID (issue 27, item 3): text and Markdown reports end with each cited claim's paraphrase and hedge, once; --claims ids keeps the compact form.</summary>
public class ClaimsCitedTests
{
    [Fact]
    public void Reports_ListEachCitedClaimOnce_WithItsParaphraseAndHedge()
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!);

        var text = TextReport.Render(assessment);
        var cited = text[text.IndexOf("Claims cited:", StringComparison.Ordinal)..];
        // C33 is cited by no conclusion of the future episode but hedges several: it is listed, with its hedge.
        Assert.Contains("  C33 ¶9: The guarantee of a great power that avoids a land war in Asia is likely to be limited to the maritime domain. (the article hedges: \"is likely to limit\")", cited, StringComparison.Ordinal);
        Assert.Single(cited.Split('\n'), line => line.StartsWith("  C30 ", StringComparison.Ordinal));
        var markdown = MarkdownReport.Render(assessment);
        Assert.Contains("\n- C30 ¶8: ", markdown[markdown.IndexOf("## Claims cited\n", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.DoesNotContain("Claims cited", TextReport.Render(assessment, TextStyle.Plain, claimText: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ClaimsIds_KeepsTheCompactForm_AndAnOtherValueIsRefused()
    {
        var full = CliRun.Of("assess", "--builtin", "1978-soviet-alliance");
        var compact = CliRun.Of("assess", "--builtin", "1978-soviet-alliance", "--claims", "ids");
        var wrong = CliRun.Of("assess", "--builtin", "1978-soviet-alliance", "--claims", "paraphrase");

        Assert.Contains("Claims cited:", full.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Claims cited:", compact.Stdout, StringComparison.Ordinal);
        Assert.Equal(2, wrong.ExitCode);
        Assert.StartsWith("error: --claims: 'paraphrase' is not one of text, ids", wrong.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ClaimsWithJson_IsRefused_NotIgnored()
    {
        var run = CliRun.Of("assess", "--builtin", "1978-soviet-alliance", "--claims", "ids", "--format", "json");
        var json = CliRun.Of("assess", "--builtin", "1978-soviet-alliance", "--format", "json");

        Assert.Equal((2, "error: --claims: it chooses how text and md reports show the claims; JSON always gives their IDs\n"), (run.ExitCode, run.Stderr));
        Assert.Equal(0, json.ExitCode);
    }
}
