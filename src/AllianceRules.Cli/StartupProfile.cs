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
/// is in the path. Only the tool's own command names become file names, never an argument, and a
/// directory that cannot be written only means no profile. <c>ALLIANCERULES_STARTUP_PROFILE=0</c>
/// turns it off.
/// </remarks>
internal static class StartupProfile
{
    /// <summary>The commands that get a profile: every subcommand (a test holds this to the command line).</summary>
    internal static readonly string[] Commands =
        ["assess", "backtest", "diff", "explain", "export-theory", "lint", "scenarios", "table", "test", "whatif"];

    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    internal const string Switch = "ALLIANCERULES_STARTUP_PROFILE";

    /// <summary>Starts recording, and replaying the last recording, for the command <paramref name="args"/> name.</summary>
    public static void Start(string[] args)
    {
        if (args.Length == 0 || Array.IndexOf(Commands, args[0]) < 0 || Environment.GetEnvironmentVariable(Switch) == "0")
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
            ProfileOptimization.SetProfileRoot(directory);
            ProfileOptimization.StartProfile(args[0] + ".jitprofile");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A cache that cannot be written costs the speed-up, nothing else.
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
