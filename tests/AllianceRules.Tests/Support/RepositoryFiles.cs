namespace AllianceRules.Tests.Support;

/// <summary>Finds files of the repository from a test run, so docs and samples can be checked against each other.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(string relative) => System.IO.Path.Combine(Root, relative);

    public static string Read(string relative) => File.ReadAllText(Path(relative)).ReplaceLineEndings("\n");

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
