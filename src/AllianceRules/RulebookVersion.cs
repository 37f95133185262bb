using System.Text.Json;

namespace AllianceRules;

/// <summary>
/// The version of the theory, separate from the package version: what the rules conclude is the
/// rulebook's contract, and a change to any conclusion bumps its version.
/// </summary>
/// <remarks>
/// The versions and the fingerprint of each one's conclusions live in
/// <c>src/AllianceRules/rulebook-versions.json</c>, compiled into the assembly; the last entry is
/// <see cref="Current"/>. The accept command of the tests appends an entry when the conclusions
/// move, so a theory change needs no hand edit here.
/// </remarks>
public static class RulebookVersion
{
    /// <summary>The rulebook version this package encodes.</summary>
    public static readonly string Current = Read();

    private static string Read()
    {
        using var stream = typeof(RulebookVersion).Assembly.GetManifestResourceStream("AllianceRules.rulebook-versions.json")
            ?? throw new InvalidOperationException("The assembly lacks its rulebook-versions.json resource.");
        using var json = JsonDocument.Parse(stream);
        var versions = json.RootElement.GetProperty("versions");
        return versions[versions.GetArrayLength() - 1].GetProperty("version").GetString()!;
    }
}
