using AllianceRules.Diagnostics;
using Spectre.Console;

namespace AllianceRules.Cli;

/// <summary>
/// A progress bar on standard error for the long commands, only for a person at a terminal:
/// redirected output, a captured stream and NO_COLOR get none, so pipes and files stay clean.
/// </summary>
internal static class CliProgress
{
    /// <summary>Runs <paramref name="work"/>, showing its progress when standard error is a terminal.</summary>
    public static T Run<T>(TextWriter stdout, string description, Func<IProgress<SweepProgress>?, T> work)
    {
        if (!Wanted(stdout))
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var task = context.AddTask(Markup.Escape(description), autoStart: true, maxValue: 1);
                return work(new Reporter(task));
            });
    }

    // Standard output must still be the console's (not a test's writer) for standard error to be the terminal's too.
    private static bool Wanted(TextWriter stdout) =>
        (stdout is GuardedWriter guarded ? guarded.Inner : stdout) == Console.Out
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    /// <summary>Reports from the sweep's worker threads; Spectre's task is safe to update from any thread.</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value)
        {
            if (value.Total is { } total and > 0)
            {
                task.MaxValue = total;
            }

            task.Value = value.Done;
        }
    }
}
