using System.Diagnostics;
using AllianceRules.Cli;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Amendments that misbehave (issue 23), each in a process of its own, as the shell runs the tool:
/// a rule that never returns ends test, lint and diff at the rule timeout, naming the rule, with
/// the process (and the rule's thread) gone; an Apply that throws or sets invalid options is the
/// input's fault (exit 2); terminal codes in what an amendment says are made inert.
/// </summary>
public sealed class HostileAmendmentTests
{
    /// <summary>Generous on a machine four people build on: the trial measured the timeout plus 1 to 4 s.</summary>
    /// <summary>The rule timeout the overrun tests give (<c>--rule-timeout</c>): the default's 10 s would make each of them wait 10 s.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan Bound = Timeout + TimeSpan.FromSeconds(30);

    private static readonly string Assembly = typeof(HostileAmendment).Assembly.Location;

    public static TheoryData<string, string[]> Commands => new()
    {
        { "spin", ["test", RepositoryFiles.Path("tests/theory/posture.test.json")] },
        { "spin", ["lint"] },
        { "spin", ["diff"] },
        { "sleep", ["test", RepositoryFiles.Path("tests/theory")] },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public void RuleThatNeverReturns_EndsTheProcessAtTheTimeout_NamingTheRule(string behaviour, string[] command)
    {
        var clock = Stopwatch.StartNew();
        var (exit, _, stderr) = Run(behaviour, [.. command, "--rule-timeout", "2"]);

        Assert.Equal(ExitCodes.RuleOverran, exit);
        Assert.InRange(clock.Elapsed, Timeout, Bound);
        var rule = behaviour == "spin" ? "Hostile.SpinForever" : "Hostile.SleepForever";
        Assert.Equal(
            [$"error: rulebook: rule '{rule}' did not finish within 2 s (the rule timeout), in its action or in a condition its action set off: a rule that blocks is a defect in the rules or in an amendment."],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData("test")]
    [InlineData("lint")]
    public void ConditionThatNeverReturns_EndsTheProcessAtTheTimeout_SayingItWasACondition(string command)
    {
        // NRules runs conditions while it matches the facts, outside any rule's firing: this hung
        // for ever before, since only the firing was timed.
        var clock = Stopwatch.StartNew();
        string[] args = command == "test" ? ["test", RepositoryFiles.Path("tests/theory/posture.test.json")] : ["lint"];
        var (exit, _, stderr) = Run("condition", [.. args, "--rule-timeout", "2"]);

        Assert.Equal(ExitCodes.RuleOverran, exit);
        Assert.InRange(clock.Elapsed, Timeout, Bound);
        Assert.Equal(
            ["error: rulebook: a rule's condition did not finish within 2 s (the rule timeout) while the rules matched facts (NRules does not say whose): a rule that blocks is a defect in the rules or in an amendment."],
            stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Theory]
    [InlineData(new[] { "lint", "--rule-timeout", "2" }, "error: --rule-timeout: it times the rules of an --amendment, and none was given")]
    [InlineData(new[] { "diff", "--rule-timeout", "0", "--amendment", "PLACEHOLDER" }, "error: --rule-timeout: 0 is not from 0.1 to 3600 seconds")]
    [InlineData(new[] { "diff", "--rule-timeout", "NaN", "--amendment", "PLACEHOLDER" }, "error: --rule-timeout: NaN is not from 0.1 to 3600 seconds")]
    [InlineData(new[] { "diff", "--rule-timeout", "abc", "--amendment", "PLACEHOLDER" }, "error: Cannot parse argument 'abc' for option '--rule-timeout' as a number.\nerror: run 'alliance-rules --help' for usage")]
    public void RuleTimeout_WithoutAnAmendmentOrOutOfRange_IsRefusedInOneLine(string[] args, string expected)
    {
        var run = CliRun.Of([.. args.Select(a => a == "PLACEHOLDER" ? Assembly : a)]);

        Assert.Equal((ExitCodes.InvalidInput, expected), (run.ExitCode, run.Stderr.TrimEnd('\n')));
    }

    [Theory]
    [InlineData("throw", "error: --amendment: AllianceRules.Tests.Reliability.HostileAmendment.Apply failed: Apply broke \\u001B]0;owned\\u0007 \\u202E \\u200B \\u007F")]
    [InlineData("invalid", "error: --amendment: the options it sets are invalid: MaxRuleFirings must be at least 1, not -1.")]
    public void ApplyThatFails_ExitsTwoWithItsMessageInert(string behaviour, string expected)
    {
        foreach (var command in (string[][])[["test", RepositoryFiles.Path("tests/theory/posture.test.json")], ["lint"], ["diff"]])
        {
            var (exit, _, stderr) = Run(behaviour, command);

            Assert.Equal((ExitCodes.InvalidInput, expected), (exit, stderr.TrimEnd('\n')));
        }
    }

    [Fact]
    public void RuleThatFailsWithTerminalCodes_IsReportedInert()
    {
        var (exit, stdout, _) = Run("codes", ["test", RepositoryFiles.Path("tests/theory/posture.test.json")]);

        Assert.Equal(ExitCodes.CheckFailed, exit);
        Assert.Contains("failed in its action: boom \\u001B]0;owned\\u0007 \\u202E \\u200B \\u007F", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain(stdout, c => c is '\u001b' or '\u0007' or '\u202e' or '\u200b' or '\u007f');
    }

    [Fact]
    public async Task Sigterm_EndsARunHeldByARuleThatNeverReturns_AtTheGraceDeadline()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "alliance-rules.dll"), "test", RepositoryFiles.Path("tests/theory/posture.test.json"), "--amendment", Assembly])
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[StartupProfile.Switch] = "0";
        start.Environment[HostileAmendment.Variable] = "spin";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();

        // Well inside the rule's first firing, which only the end of the process can stop.
        await Task.Delay(TimeSpan.FromSeconds(4));
        Assert.False(process.HasExited, "the run ended before the signal");
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        // No wall-clock bound (CI measured 5 s here on a loaded machine): the message below is
        // written only by the grace deadline's path, which is what shows the run was ended there;
        // the patience only keeps a hang from holding the suite.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);
        Assert.Equal(ExitCodes.Terminated, process.ExitCode);
        // The rule sees no cancellation: the command is ended at the deadline, and says so.
        Assert.Equal("error: terminated: the command did not stop within 1 s of SIGTERM", (await stderr).TrimEnd('\n'));
    }

    private static (int Exit, string Stdout, string Stderr) Run(string behaviour, string[] command) =>
        CliProcess.Run([], [(HostileAmendment.Variable, behaviour)], [.. command, "--amendment", Assembly]);
}
