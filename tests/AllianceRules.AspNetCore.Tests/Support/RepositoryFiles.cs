namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>Finds files of the repository from a test run, so the committed docs can be checked against the service.</summary>
internal static class RepositoryFiles
{
    private static readonly System.Text.RegularExpressions.Regex Stamp =
        new(@"(?i)(\brulebook""?:?\s*""?)" + System.Text.RegularExpressions.Regex.Escape(RulebookVersion.Current) + @"(?!\w|\.\w)");

    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative)).ReplaceLineEndings("\n");

    /// <summary>
    /// Checks that a generated file is as committed, or writes it under
    /// <c>ALLIANCERULES_UPDATE_DOCS=true dotnet test</c>, as the library's tests do.
    /// </summary>
    public static void AssertFresh(string relative, string expected)
    {
        // As the library's tests commit it (AllianceRules.Tests, RulebookVersions.Unstamp): the
        // rulebook version is "(current)", so a version bump does not touch this file.
        expected = Stamp.Replace(expected, m => m.Groups[1].Value + "(current)");
        // The project's one accept command regenerates this doc too (the older variable still works).
        if (Environment.GetEnvironmentVariable("ALLIANCERULES_ACCEPT") is "true" or "minor" or "major"
            || Environment.GetEnvironmentVariable("ALLIANCERULES_UPDATE_DOCS") == "true")
        {
            File.WriteAllText(Path(relative), expected);
        }

        Assert.True(File.Exists(Path(relative)), $"{relative} is missing; regenerate with `ALLIANCERULES_ACCEPT=true dotnet test`");
        Assert.True(expected == Read(relative), $"{relative} differs from what the service serves; read the change, then accept it with `ALLIANCERULES_ACCEPT=true dotnet test`");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "AllianceRules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("AllianceRules.sln not found above " + AppContext.BaseDirectory);
    }
}
