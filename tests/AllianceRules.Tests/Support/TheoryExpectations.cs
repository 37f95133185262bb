using System.Text;
using AllianceRules.Testing;

namespace AllianceRules.Tests.Support;

/// <summary>
/// The article's expectations, <c>tests/theory/*.test.json</c>: written and reviewed by hand, so an
/// accept run never rewrites them. It lists those the rules now contradict instead, each with its
/// file, case, JSON path, the value expected, the value drawn and the rule that drew it, for the
/// contributor to edit on purpose (or to take as the change's cost).
/// </summary>
internal static class TheoryExpectations
{
    public const string Folder = "tests/theory";

    /// <summary>The theory files, relative to the repository root, in path order.</summary>
    public static IReadOnlyList<string> Files() =>
        [.. ScenarioTestFiles.Find([RepositoryFiles.Path(Folder)]).Select(f => Path.GetRelativePath(RepositoryFiles.Root, f).Replace('\\', '/'))];

    private static readonly Lazy<ScenarioTestRun> LazyShared = new(Run);

    /// <summary>One run of the theory files for the whole test run (the files do not change while it runs).</summary>
    public static ScenarioTestRun Shared => LazyShared.Value;

    /// <summary>Every case of every theory file, run as <c>alliance-rules test tests/theory</c> runs them.</summary>
    public static ScenarioTestRun Run() => new ScenarioTestRunner().Run(Files().SelectMany(f => ScenarioTestJson.Read(RepositoryFiles.Path(f))));

    /// <summary>The expectations <paramref name="run"/> contradicts, one entry each (a case that could not run counts as one).</summary>
    public static IReadOnlyList<string> Disagreements(ScenarioTestRun run)
    {
        var list = new List<string>();
        foreach (var result in run.Results.Where(r => !r.Passed))
        {
            var where = $"{Relative(result.Test.File)}: \"{result.Test.Name}\"";
            if (result.Error is { } error)
            {
                list.Add($"{where}\n    the case did not run: {error}");
            }

            foreach (var failure in result.Failures)
            {
                var entry = new StringBuilder(where).Append(", ").Append(failure.Expectation.Path).Append('\n')
                    .Append("    expected ").Append(failure.Expected).Append(", drawn ").Append(failure.Actual);
                foreach (var drawn in failure.Drawn)
                {
                    entry.Append("\n    ").Append(drawn.Key).Append(" = ").Append(drawn.Value).Append(": ")
                        .Append(drawn.Rules.Count == 0 ? "no rule drew it" : "drawn by " + string.Join(", ", drawn.Rules))
                        .Append(drawn.Claims.Count == 0 ? "" : $" (claims {string.Join(", ", drawn.Claims)})");
                }

                foreach (var missing in failure.Missing)
                {
                    entry.Append("\n    missing ").Append(missing).Append(": no rule drew it");
                }

                list.Add(entry.ToString());
            }
        }

        return list;
    }

    private static string Relative(string file) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(RepositoryFiles.Root, file).Replace('\\', '/') : file;
}
