namespace AllianceRules.Testing;

/// <summary>Finds scenario test files under paths, in a fixed order, as <c>alliance-rules test</c> does.</summary>
public static class ScenarioTestFiles
{
    /// <summary>
    /// The test files under each path: a file is taken as it is, whatever its name; a folder gives
    /// every <c>*.test.json</c> beneath it, at any depth. A folder is walked without following
    /// symbolic links (to files or folders), so a link cannot lead the walk out of the tree or
    /// round it again; give a linked file by its own path to run it. Files are ordered by path
    /// (ordinal, with <c>/</c> as the separator), each listed once.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>The files' full paths, in order.</returns>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths) => Walk(paths).Files;

    /// <summary>Like <see cref="Find"/>, with the symbolic links the walk passed over, in order, so that a tool can say what it did not follow.</summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>The files' full paths, and the links not followed, each in order.</returns>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static (IReadOnlyList<string> Files, IReadOnlyList<string> LinksSkipped) Walk(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new HashSet<string>(StringComparer.Ordinal);
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (Directory.Exists(path))
            {
                WalkFolder(Path.GetFullPath(path), found, links);
            }
            else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            {
                // Given by name: taken as it is, a device or a pipe included, for the reader to refuse by name.
                found.Add(Path.GetFullPath(path));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return ([.. Ordered(found)], [.. Ordered(links)]);
    }

    private static void WalkFolder(string root, HashSet<string> found, HashSet<string> links)
    {
        // Links are not entered (AttributesToSkip would not even list them), so every folder below is
        // reached by one path only: each file comes once, and a loop of links cannot be walked at all.
        var options = new EnumerationOptions { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = true, MatchType = MatchType.Simple };
        var folders = new Stack<string>([root]);
        while (folders.TryPop(out var folder))
        {
            foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options))
            {
                if (entry.LinkTarget is not null)
                {
                    if (entry is DirectoryInfo || IsTestFile(entry.Name))
                    {
                        links.Add(entry.FullName);
                    }
                }
                else if (entry is DirectoryInfo)
                {
                    folders.Push(entry.FullName);
                }
                else if (IsTestFile(entry.Name))
                {
                    found.Add(entry.FullName);
                }
            }
        }
    }

    // As the file system compares names: without case on Windows.
    private static bool IsTestFile(string name) =>
        name.EndsWith(ScenarioTestJson.FileSuffix, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    private static IEnumerable<string> Ordered(IEnumerable<string> paths) => paths.OrderBy(p => p.Replace('\\', '/'), StringComparer.Ordinal);
}
