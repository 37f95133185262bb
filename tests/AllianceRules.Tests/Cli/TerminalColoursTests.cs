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
    public void Apply_BoldsHeadingsColoursRulesDimsInputs()
    {
        var coloured = TerminalColours.Apply("Posture: Balance\n  because Posture.X  [C05]\n    - relations (input)");

        Assert.Equal("\u001b[1mPosture: Balance\u001b[0m\n  because \u001b[36mPosture.X\u001b[0m  [C05]\n\u001b[2m    - relations (input)\u001b[0m", coloured);
    }
}
