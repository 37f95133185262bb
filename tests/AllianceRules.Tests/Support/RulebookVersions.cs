using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;
using AllianceRules.Conclusions;
using AllianceRules.Scenarios;

namespace AllianceRules.Tests.Support;

/// <summary>
/// The rulebook's versions as the tests keep them: <c>src/AllianceRules/rulebook-versions.json</c>
/// (compiled into the library, whose last entry is <see cref="RulebookVersion.Current"/>) holds the
/// fingerprint of every version's conclusions. When the conclusions move, the accept command
/// appends the new fingerprint under a bumped version; until then the version test fails.
/// </summary>
internal static class RulebookVersions
{
    public const string RelativePath = "src/AllianceRules/rulebook-versions.json";

    private static readonly JsonSerializerOptions TextJson = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Lazy<string> LazyFingerprint = new(ComputeFingerprint);

    private static readonly Lazy<string> LazyAccepted = new(AcceptVersion);

    public sealed record Entry(string Version, string Fingerprint);

    /// <summary>The versions recorded in the file, oldest first.</summary>
    public static IReadOnlyList<Entry> Recorded()
    {
        using var json = JsonDocument.Parse(RepositoryFiles.Read(RelativePath));
        return [.. json.RootElement.GetProperty("versions").EnumerateArray()
            .Select(v => new Entry(v.GetProperty("version").GetString()!, v.GetProperty("fingerprint").GetString()!))];
    }

    /// <summary>What the rules conclude (not how they explain it) over the decision table and every built-in episode, hashed.</summary>
    public static string Fingerprint => LazyFingerprint.Value;

    /// <summary>Whether the conclusions are those recorded for <see cref="RulebookVersion.Current"/>.</summary>
    public static bool CurrentMatches => Recorded().LastOrDefault(e => e.Version == RulebookVersion.Current)?.Fingerprint == Fingerprint;

    /// <summary>
    /// The version the committed files should carry after this run: <see cref="RulebookVersion.Current"/>,
    /// or, in an accept run where the conclusions moved, the bumped version this run records.
    /// </summary>
    public static string Accepted => LazyAccepted.Value;

    /// <summary>The version after <paramref name="version"/>: the next minor, or the next major.</summary>
    public static string Bump(string version, bool major)
    {
        var parts = version.Split('.').Select(int.Parse).ToArray();
        return major ? $"{parts[0] + 1}.0.0" : $"{parts[0]}.{parts[1] + 1}.0";
    }

    /// <summary>What committed files print where a report names the rulebook version.</summary>
    public const string Placeholder = "(current)";

    // Not after "since": "matches since rulebook 3.0.0" names the version a change was made in,
    // which stays 3.0.0 after the next bump; stamped as (current), the accept run that bumps the
    // version wrote a line that the bumped build no longer produces.
    private static readonly Regex Stamp = new(@"(?i)(?<!\bsince\s+)(\brulebook""?:?\s*""?)" + Regex.Escape(RulebookVersion.Current) + @"(?!\w|\.\w)");

    /// <summary>
    /// Text as it is committed: where a report prints this build's rulebook version ("rulebook 2.0.0",
    /// "Rulebook: 2.0.0", <c>"rulebook": "2.0.0"</c>), the committed file says <see cref="Placeholder"/>.
    /// A version bump then touches <see cref="RelativePath"/> alone, not every snapshot and generated
    /// page; that reports carry the version is held by tests of their own (<c>RulebookVersionTests</c>).
    /// </summary>
    public static string Unstamp(string text) => Stamp.Replace(text, m => m.Groups[1].Value + Placeholder);

    private static string AcceptVersion()
    {
        if (!Accept.Writes || CurrentMatches)
        {
            return RulebookVersion.Current;
        }

        var recorded = Recorded();
        var next = Bump(RulebookVersion.Current, Accept.Major);
        if (recorded.Any(e => e.Version == next))
        {
            // Already recorded by an accept run whose build has not been picked up: keep its entry.
            return next;
        }

        Write([.. recorded, new Entry(next, Fingerprint)]);
        Accept.Record(
            $"rulebook {RulebookVersion.Current} → {next}: the conclusions moved; fingerprint {Fingerprint} recorded in {RelativePath} " +
            (Accept.Major ? "(major)" : "(minor; for a major version run `ALLIANCERULES_ACCEPT=major dotnet test` instead, or edit that line)") +
            $"; add a CHANGELOG entry for rulebook {next}");
        return next;
    }

    private static void Write(IReadOnlyList<Entry> entries)
    {
        using var json = JsonDocument.Parse(RepositoryFiles.Read(RelativePath));
        var about = json.RootElement.GetProperty("about").GetString()!;
        var text = new StringBuilder("{\n")
            .Append("  \"about\": ").Append(JsonSerializer.Serialize(about, TextJson)).Append(",\n")
            .Append("  \"versions\": [\n")
            .AppendJoin(",\n", entries.Select(e => $"    {{ \"version\": \"{e.Version}\", \"fingerprint\": \"{e.Fingerprint}\" }}"))
            .Append("\n  ]\n}\n");
        File.WriteAllText(RepositoryFiles.Path(RelativePath), text.ToString());
    }

    private static string ComputeFingerprint()
    {
        var text = new StringBuilder();
        foreach (var row in TestEngine.Table.Rows)
        {
            text.Append(row.InputKey).Append('\n');
            Append(text, row.Conclusions ?? throw new InvalidOperationException($"row {row.InputKey}: {row.Error}"));
        }

        foreach (var scenario in HistoricalScenarios.All)
        {
            text.Append('\n').Append(scenario.Id).Append('\n');
            Append(text, ConclusionMap.Of(TestEngine.Assess(scenario)));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void Append(StringBuilder text, ConclusionMap conclusions)
    {
        foreach (var (key, value) in conclusions)
        {
            text.Append(key).Append('=').Append(value).Append('\n');
        }
    }
}
