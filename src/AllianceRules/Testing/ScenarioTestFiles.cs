namespace AllianceRules.Testing;

/// <summary>Finds scenario test files under paths, in a fixed order, as <c>alliance-rules test</c> does.</summary>
public static class ScenarioTestFiles
{
    /// <summary>
    /// The test files under each path: a file is taken as it is, whatever its name; a folder gives
    /// every <c>*.test.json</c> beneath it, at any depth. Files are ordered by path (ordinal, with
    /// <c>/</c> as the separator), each listed once.
    /// </summary>
    /// <param name="paths">Files and folders.</param>
    /// <returns>The files' full paths, in order.</returns>
    /// <exception cref="FileNotFoundException">A path is neither a file nor a folder.</exception>
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            ArgumentNullException.ThrowIfNull(path, nameof(paths));
            if (File.Exists(path))
            {
                found.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                found.UnionWith(Directory.EnumerateFiles(path, "*" + ScenarioTestJson.FileSuffix, SearchOption.AllDirectories).Select(Path.GetFullPath));
            }
            else
            {
                throw new FileNotFoundException($"{path}: no such file or folder", path);
            }
        }

        return [.. found.OrderBy(p => p.Replace('\\', '/'), StringComparer.Ordinal)];
    }
}
