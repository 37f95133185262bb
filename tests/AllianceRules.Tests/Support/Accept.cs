using System.Collections.Concurrent;

namespace AllianceRules.Tests.Support;

/// <summary>
/// The accept command, <c>ALLIANCERULES_ACCEPT=true dotnet test</c>: every snapshot and generated
/// doc that differs is written as this run produced it, and when the conclusions moved the new
/// rulebook fingerprint is recorded under a bumped version (<see cref="RulebookVersions"/>).
/// Strict mode (<c>ALLIANCERULES_STRICT_SNAPSHOTS=true</c>, or <c>CI=true</c>) never writes: a missing or
/// different file fails. What was written is listed at the end of the run
/// (<see cref="AcceptingTestFramework"/>).
/// </summary>
internal static class Accept
{
    /// <summary>The command a failure names.</summary>
    public const string Command = "ALLIANCERULES_ACCEPT=true dotnet test";

    /// <summary>The fast accept after a rule change: builds the test project only and runs the tests that write files (docs/changing-a-rule.md).</summary>
    public const string FastCommand = ".ci/accept";

    /// <summary>
    /// The trait (<c>Category</c>) of every test that checks a file the accept command writes: a
    /// snapshot, a generated doc, the rulebook's version record. The fast accept runs only these
    /// (<c>--filter Category=Pinned</c>).
    /// </summary>
    public const string Category = "Pinned";

    private const string Variable = "ALLIANCERULES_ACCEPT";

    private static readonly ConcurrentQueue<string> Written = new();

    /// <summary>
    /// Whether this run was asked to accept: <c>ALLIANCERULES_ACCEPT</c> is <c>true</c>, <c>minor</c>
    /// or <c>major</c>. <c>ALLIANCERULES_UPDATE_DOCS=true</c>, the variable that regenerated the docs
    /// before there was an accept command, still means the same.
    /// </summary>
    public static bool Requested { get; } =
        Environment.GetEnvironmentVariable(Variable) is "true" or "minor" or "major"
        || Environment.GetEnvironmentVariable("ALLIANCERULES_UPDATE_DOCS") == "true";

    /// <summary>Whether a change of conclusions is recorded as a major version (<c>ALLIANCERULES_ACCEPT=major</c>); minor otherwise.</summary>
    public static bool Major { get; } = Environment.GetEnvironmentVariable(Variable) == "major";

    /// <summary>What turns strict mode on, besides <c>CI=true</c>.</summary>
    public const string StrictVariable = "ALLIANCERULES_STRICT_SNAPSHOTS";

    /// <summary>
    /// Strict mode, as in CI: nothing is ever written. <c>SNAPSHOOTER_STRICT_MODE=true</c>, named
    /// after a snapshot library the project no longer uses, still means the same for one release.
    /// </summary>
    public static bool Strict { get; } =
        Environment.GetEnvironmentVariable(StrictVariable) == "true"
        || Environment.GetEnvironmentVariable("SNAPSHOOTER_STRICT_MODE") == "true"
        || Environment.GetEnvironmentVariable("CI") == "true";

    /// <summary>Whether this run writes what differs.</summary>
    public static bool Writes => Requested && !Strict;

    /// <summary>What a failure says to do when the new output is right.</summary>
    public static string Hint =>
        Requested && Strict
            ? $"{Variable} is ignored in strict mode ({StrictVariable}=true or CI=true), which never writes; run `{Command}` without it"
            : $"if the change is meant, accept it with `{Command}` and read `git diff` (docs/changing-a-rule.md)";

    /// <summary>Notes a file this run wrote, for the summary at the end of the run.</summary>
    public static void Record(string what) => Written.Enqueue(what);

    /// <summary>What this run wrote, in a stable order; empty when nothing was.</summary>
    public static IReadOnlyList<string> Summary() => [.. Written.Order(StringComparer.Ordinal)];
}
