using System.Runtime.InteropServices;

namespace AllianceRules.Cli;

/// <summary>
/// How the process ends. SIGTERM (a CI job cancelled, a container stopped) stops the command as
/// Ctrl+C does, and if the command has not stopped within <see cref="Grace"/> (a rule that never
/// returns sees no cancellation), the process ends anyway, with <see cref="ExitCodes.Terminated"/>.
/// A rule that overran its timeout leaves its thread running: the process ends with the command
/// (<see cref="End"/>), and the thread with it.
/// </summary>
internal static class Termination
{
    /// <summary>How long a command has, after SIGTERM, to stop by itself.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(1);

    private static volatile bool _requested;

    /// <summary>Whether SIGTERM came.</summary>
    public static bool Requested => _requested;

    /// <summary>Listens for SIGTERM until disposed; null where the platform has no such signal.</summary>
    public static IDisposable? Register(CancellationTokenSource cancel)
    {
        try
        {
            return PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                // Ours to handle: the default would end the process before the command could say so.
                context.Cancel = true;
                _requested = true;
                cancel.Cancel();
                // A thread of its own, not a timer: a timer's callback waits for a thread-pool thread,
                // and a sweep that ignores the cancellation keeps them all busy (lint's deadline came
                // 1.5-2.6 s after SIGTERM instead of 1 s).
                new Thread(() =>
                {
                    Thread.Sleep(Grace);
                    Deadline();
                })
                { IsBackground = true, Name = "SIGTERM deadline" }.Start();
            });
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
    }

    /// <summary>The command did not stop within the grace: it says so, and the process ends.</summary>
    private static void Deadline()
    {
        new ErrorWriter(Console.Error).Write(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"terminated: the command did not stop within {Grace.TotalSeconds:0} s of SIGTERM"));
        End(ExitCodes.Terminated);
    }

    /// <summary>Keeps or drops the startup profile, then ends the process with <paramref name="exit"/> when a thread may be left running.</summary>
    public static int End(int exit)
    {
        StartupProfile.Finish(exit);
        if (exit is ExitCodes.RuleOverran or ExitCodes.Terminated)
        {
            // Not a return from Main: no thread, abandoned or not, may hold the process open.
            Console.Out.Flush();
            Environment.Exit(exit);
        }

        return exit;
    }
}
