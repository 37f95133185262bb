using System.Runtime.CompilerServices;

namespace AllianceRules.Tests.Support;

/// <summary>
/// Snapshots: text files under <c>__snapshots__/</c> beside the test that writes them, committed
/// and read in review. A snapshot that differs fails with a unified diff and the accept command;
/// in strict mode (CI) a missing one fails too, and none is ever written.
/// </summary>
/// <remarks>
/// Why an in-house matcher and not a library: Verify, the usual choice, cannot be restored from
/// this project's package source (its core package is absent), and Snapshooter, tried first, was
/// dropped: its <c>Snapshot.Match</c> failure named no file, showed a character position instead
/// of the differing lines, and wrote mismatches into git-ignored folders to be moved by hand. What
/// is left to write is small: a path beside the test, the file comparison (<see cref="ApprovedFile"/>),
/// the accept command and strict mode; the diff itself is DiffPlex's (<see cref="TextDiff"/>).
/// </remarks>
internal static class Snapshots
{
    private const string TestProject = "tests/AllianceRules.Tests/";

    /// <summary>Checks <paramref name="actual"/> against <c>__snapshots__/<paramref name="name"/>.snap</c> in the calling test's folder.</summary>
    /// <param name="actual">The text produced now.</param>
    /// <param name="name">The snapshot's file name, without <c>.snap</c>.</param>
    /// <param name="sourceFile">The calling test's source file, filled in by the compiler.</param>
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        ApprovedFile.Check(PathOf(name, sourceFile), actual, "snapshot");
    }

    /// <summary>The snapshot's path relative to the repository root.</summary>
    public static string PathOf(string name, string sourceFile)
    {
        // The compiler's path may be absolute or mapped (/_/…); the part from the test project on is what counts.
        var source = sourceFile.Replace('\\', '/');
        var at = source.LastIndexOf(TestProject, StringComparison.Ordinal);
        var folder = at < 0 ? "" : Path.GetDirectoryName(source[(at + TestProject.Length)..])!.Replace('\\', '/');
        return $"{TestProject}{(folder.Length == 0 ? "" : folder + "/")}__snapshots__/{name}.snap";
    }
}
