using System.Runtime;
using AllianceRules.Files;

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
/// that cannot be used only means no profile: nothing here may stop a command or print anything.
/// <para>
/// The cache is the user's own or it is not used. Its two folders are created for the user alone
/// (0700), and a folder or a profile that is a symbolic link, belongs to someone else or can be
/// written by others is refused: the run goes on without a profile. The runtime never writes the
/// profile itself: it records to a file of this process (<c>assess.jitprofile.PID.tmp</c>, a copy of
/// the profile it replays), which is renamed over the profile when the run did the command's work,
/// and deleted otherwise. A rename replaces a link, never what it points to, and a run that failed
/// (a mistyped file, an invalid scenario) leaves the previous profile as it was, so that it cannot
/// leave a short profile behind for the next real run. Asking for help records nothing.
/// <c>ALLIANCERULES_STARTUP_PROFILE=0</c> turns it off.
/// </para>
/// </remarks>
internal static class StartupProfile
{
    /// <summary>The commands that get a profile: every subcommand (a test holds this to the command line).</summary>
    internal static readonly string[] Commands =
        ["assess", "backtest", "diff", "explain", "export-argument", "export-theory", "lint", "scenarios", "table", "test", "weigh", "whatif"];

    /// <summary>The environment variable that turns the profile off when it is <c>0</c>.</summary>
    internal const string Switch = "ALLIANCERULES_STARTUP_PROFILE";

    private static readonly string[] HelpOptions = ["-h", "--help", "-?", "/h", "/?"];

    /// <summary>A profile is tens of kilobytes; anything far larger is not one of ours to replay.</summary>
    private const long LargestKept = 4 * 1024 * 1024;

    private const UnixFileMode UserOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private const UnixFileMode WritableByOthers = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <summary>The profile being recorded and the file of this process the runtime writes it to.</summary>
    private static (string Profile, string Recording)? _recording;

    private static readonly Lock Gate = new();

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
            if (Folder() is not { } folder)
            {
                return;
            }

            var profile = Path.Combine(folder, args[0] + ".jitprofile");
            var recording = $"{profile}.{Environment.ProcessId}.tmp";
            File.Delete(recording);
            switch (Safe(profile, directory: false))
            {
                case null:
                    return;
                case true when new FileInfo(profile).Length <= LargestKept:
                    // Created anew, never through a link (the folder is the user's alone, checked above).
                    File.Copy(profile, recording, overwrite: false);
                    break;
            }

            // Known before recording starts, so that Finish can keep or drop whatever the runtime writes.
            lock (Gate)
            {
                _recording = (profile, recording);
            }

            ProfileOptimization.SetProfileRoot(folder);
            ProfileOptimization.StartProfile(Path.GetFileName(recording));
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A cache that cannot be used costs the speed-up, nothing else.
        }
    }

    /// <summary>
    /// Keeps the recording when the command did its work (<see cref="ExitCodes.Success"/>, or
    /// <see cref="ExitCodes.CheckFailed"/>, which ran the whole check); otherwise drops it. Safe to
    /// call from two threads (the end of the command and the SIGTERM deadline): the first does it.
    /// </summary>
    public static void Finish(int exitCode)
    {
        (string Profile, string Recording) recording;
        lock (Gate)
        {
            if (_recording is not { } started)
            {
                return;
            }

            recording = started;
            _recording = null;
        }

        try
        {
            // Stopping writes the recording now, not at shutdown, so that it can be kept or dropped here.
            ProfileOptimization.StartProfile(null);
            if (exitCode is ExitCodes.Success or ExitCodes.CheckFailed && File.Exists(recording.Recording))
            {
                // Whole, by a rename: a run starting now reads one profile or the other, and a link in
                // the profile's place (should one appear) is replaced, never written through.
                File.Move(recording.Recording, recording.Profile, overwrite: true);
            }
            else
            {
                File.Delete(recording.Recording);
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // At worst the next run records afresh.
        }
    }

    /// <summary>The cache folder, created for the user alone where missing, or null when it is missing or not safe to use.</summary>
    private static string? Folder()
    {
        var cache = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrEmpty(cache) || !Path.IsPathFullyQualified(cache))
        {
            var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            cache = OperatingSystem.IsWindows() || string.IsNullOrEmpty(home)
                ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(home, ".cache");
        }

        if (string.IsNullOrEmpty(cache) || !Directory.Exists(cache))
        {
            return null;
        }

        // The cache root is the user's choice; the two folders below it are ours, and checked.
        var folder = cache;
        foreach (var name in (string[])["alliance-rules", "startup"])
        {
            folder = Path.Combine(folder, name);
            if (!Directory.Exists(folder) && new FileInfo(folder).LinkTarget is null)
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(folder);
                }
                else
                {
                    Directory.CreateDirectory(folder, UserOnly);
                }
            }

            if (Safe(folder, directory: true) is not true)
            {
                return null;
            }
        }

        return folder;
    }

    /// <summary>
    /// Whether a path is safe to use: true when it is of the kind expected, not a symbolic link, and
    /// (on Unix) owned by this user and writable by no one else; false when it does not exist; null
    /// when it is not safe, or that cannot be told.
    /// </summary>
    private static bool? Safe(string path, bool directory)
    {
        var info = directory ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return null;
        }

        if (!info.Exists)
        {
            return new FileInfo(path).Exists || Directory.Exists(path) ? null : false;
        }

        if (OperatingSystem.IsWindows())
        {
            // The local application data folder is the user's by its access list.
            return true;
        }

        if ((info.UnixFileMode & WritableByOthers) != 0)
        {
            return null;
        }

        // Owned by this user: statx says so on Linux; elsewhere, only the owner (or root) may set a
        // file's mode, so setting it to what it is proves it.
        if (FileOwner.IsOwnedByThisUser(path, directory) is { } own)
        {
            return own ? true : null;
        }

        try
        {
            File.SetUnixFileMode(path, info.UnixFileMode);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
