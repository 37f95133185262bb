using System.Text.RegularExpressions;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Cli;

namespace AllianceRules.Tests.Cli;

public class TerminalColoursTests
{
    [Fact]
    public void Wanted_CapturedOutput_IsNeverColoured()
    {
        using var writer = new StringWriter();

        Assert.False(TerminalColours.Wanted(writer));
        Assert.DoesNotContain('\u001b', CliRun.Of("assess", "--builtin", "1978-soviet-alliance").Stdout);
    }

    [Fact]
    public void TerminalStyle_BoldsHeadingsColoursRulesDimsInputs_AndIsPlainTextUnderneath()
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find("1978-soviet-alliance")!);

        var coloured = TextReport.Render(assessment, TextStyle.Terminal);

        Assert.StartsWith("\u001b[1mScenario: 1978-soviet-alliance", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[1mPosture: balance against the neighbour  [C05 ¶3, C19 ¶7, C20 ¶7]\u001b[0m\n  because \u001b[36mPosture.BalanceWithPatronWhenSettlementFailed\u001b[0m", coloured, StringComparison.Ordinal);
        Assert.Contains("\u001b[2m    - relations are hostile; settlement tried and failed (input)\u001b[0m\n", coloured, StringComparison.Ordinal);
        Assert.Equal(TextReport.Render(assessment), Regex.Replace(coloured, "\u001b\\[[0-9]+m", ""));
    }
}
