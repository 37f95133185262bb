namespace AllianceRules.Tests.Support;

/// <summary>
/// Docs generated from code: a test builds the text and fails if the committed file differs, so
/// docs cannot drift (<c>ALLIANCERULES_UPDATE_DOCS=true dotnet test</c> rewrites them).
/// </summary>
internal static class GeneratedDocs
{
    public const string UpdateHint = "regenerate with `ALLIANCERULES_UPDATE_DOCS=true dotnet test`";

    public static bool Update => Environment.GetEnvironmentVariable("ALLIANCERULES_UPDATE_DOCS") == "true";

    /// <summary>Checks that a whole generated file is as committed (or writes it, when updating).</summary>
    public static void AssertFresh(string relativePath, string expected)
    {
        var path = RepositoryFiles.Path(relativePath);
        if (Update)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllText(path, expected);
        }

        Assert.True(File.Exists(path), $"{relativePath} is missing; {UpdateHint}");
        Assert.Equal(expected, RepositoryFiles.Read(relativePath));
    }

    /// <summary>
    /// Checks the generated part of a hand-written page: the text between
    /// <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.
    /// </summary>
    public static void AssertFreshSection(string relativePath, string name, string expected)
    {
        var start = $"<!-- {name}:start -->\n";
        var end = $"<!-- {name}:end -->";
        var text = RepositoryFiles.Read(relativePath);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{relativePath} has no '{name}' section between {start.Trim()} and {end}");
        from += start.Length;
        if (Update)
        {
            File.WriteAllText(RepositoryFiles.Path(relativePath), text[..from] + expected + text[to..]);
            text = RepositoryFiles.Read(relativePath);
        }

        Assert.Equal(expected, text[from..text.IndexOf(end, StringComparison.Ordinal)]);
    }
}
