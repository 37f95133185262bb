using System.Runtime;

namespace AllianceRules.Cli;

/// <summary>
/// Multi-core JIT for the tool's start (<see cref="ProfileOptimization"/>), as PowerShell does for
/// its own: the runtime records which methods a command had to JIT-compile (those ReadyToRun could
/// not cover: generic instantiations over our types, the rules' interpreter) and, the next time the
/// same command runs, compiles them on the other core while the command works. `assess` starts in
/// about two thirds of the time from its second run on (docs/performance.md).
/// </summary>
/// <remarks>
/// The profile is one small file per command in the user's cache directory
/// (<c>$XDG_CACHE_HOME/alliance-rules/startup</c>, else <c>~/.cache/…</c>, else the local
/// application data folder). The runtime ignores a profile written by another build, so no version
/// is in the path; two versions of the tool used by turns each find the other's profile and record
/// afresh. Only the tool's own command names become file names, never an argument, and a cache
/// that cannot be used only means no profile: nothing here may stop a command or print anything. Only a run that did the command's work
/// keeps what it recorded: asking for help records nothing, and a run that failed (a mistyped file,
/// an invalid scenario) puts the previous profile back, so that it cannot leave a short profile
/// behind for the next real run. <c>ALLIANCERULES_STARTUP_PROFILE=0</c> turns it off.
/// </remarks>
internal static class StartupProfile
{
    /// <summary>The commands that get a profile: every subcommand (a test holds this to the command line).</summary>
    internal static readonly string[] Commands =
        ["assess", "backtest", "diff", "explain", "export-theory", "lint", "scenarios", "table", "test", "whatif"];

    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    internal const string Switch = "ALLIANCERULES_STARTUP_PROFILE";

    private static readonly string[] HelpOptions = ["-h", "--help", "-?", "/h", "/?"];

    /// <summary>A profile is tens of kilobytes; anything far larger is not one of ours to keep.</summary>
    private const long LargestKept = 4 * 1024 * 1024;

    /// <summary>The profile being recorded and what it held before this run (null: it did not exist).</summary>
    private static (string Path, byte[]? Before)? _recording;

    /// <summary>Replays the last recording for the command <paramref name="args"/> names, and records this run.</summary>
    public static void Start(string[] args)
    {
        if (args.Length == 0 || Array.IndexOf(Commands, args[0]) < 0 || args.Any(HelpOptions.Contains)
            || Environment.GetEnvironmentVariable(Switch) == "0")
        {
            return;
        }

        try
        {
            var directory = Directory();
            if (directory is null)
            {
                return;
            }

            System.IO.Directory.CreateDirectory(directory);
            var path = Path.Combine(directory, args[0] + ".jitprofile");
            var existing = new FileInfo(path);
            var before = existing.Exists && existing.Length <= LargestKept ? File.ReadAllBytes(path) : null;
            // Known before recording starts, so that Finish can undo whatever the runtime writes.
            _recording = (path, before);
            ProfileOptimization.SetProfileRoot(directory);
            ProfileOptimization.StartProfile(Path.GetFileName(path));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A cache that cannot be used costs the speed-up, nothing else.
        }
    }

    /// <summary>
    /// Writes the recording when the command did its work (<see cref="ExitCodes.Success"/>, or
    /// <see cref="ExitCodes.CheckFailed"/>, which ran the whole check); otherwise puts back what was there.
    /// </summary>
    public static void Finish(int exitCode)
    {
        if (_recording is not var (path, before))
        {
            return;
        }

        _recording = null;
        try
        {
            // Stopping writes the recording now, not at shutdown, so that it can be undone here.
            ProfileOptimization.StartProfile(null);
            if (exitCode is ExitCodes.Success or ExitCodes.CheckFailed)
            {
                return;
            }

            if (before is null)
            {
                File.Delete(path);
                return;
            }

            // Put back whole, by a rename, so that a run starting now reads one profile or the other.
            var restored = $"{path}.{Environment.ProcessId}.tmp";
            File.WriteAllBytes(restored, before);
            File.Move(restored, path, overwrite: true);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // At worst the next run records afresh.
        }
    }

    private static string? Directory()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache) || !Path.IsPathFullyQualified(cache))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = OperatingSystem.IsWindows() || string.IsNullOrEmpty(home)
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(home, ".cache");
        }

        return string.IsNullOrEmpty(cache) ? null : Path.Combine(cache, "alliance-rules", "startup");
    }
}
