namespace AllianceRules.Tests.Support;

/// <summary>
/// The one check behind snapshots and generated docs: a committed file must hold exactly what
/// the code produces now. A failure names the file, shows a unified diff of its first hunks
/// (committed lines <c>-</c>, this run's lines <c>+</c>) and says how to accept; the accept command
/// writes the file instead.
/// </summary>
internal static class ApprovedFile
{
    private static readonly Lock WriteLock = new();

    /// <summary>Checks (or, when accepting, writes) one whole file, with the rulebook version as <see cref="RulebookVersions.Unstamp"/> leaves it.</summary>
    /// <param name="relativePath">The file, relative to the repository root.</param>
    /// <param name="actual">What the code produces now.</param>
    /// <param name="what">What the file is, for messages: "snapshot", "generated doc".</param>
    public static void Check(string relativePath, string actual, string what)
    {
        actual = RulebookVersions.Unstamp(actual.ReplaceLineEndings("\n"));
        var path = RepositoryFiles.Path(relativePath);
        var committed = File.Exists(path) ? RepositoryFiles.Read(relativePath).TrimStart('\uFEFF') : null;
        if (Accept.Writes)
        {
            if (committed != actual)
            {
                lock (WriteLock)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                    File.WriteAllText(path, actual);
                }

                Accept.Record($"{(committed is null ? "wrote new" : "accepted")} {what} {relativePath}");
            }

            return;
        }

        if (committed is null)
        {
            Assert.Fail($"The {what} {relativePath} is missing. {Capitalised(Accept.Hint)}.");
        }

        if (committed != actual)
        {
            Assert.Fail(
                $"The {what} {relativePath} differs from what the code produces now " +
                $"(- the committed file, + this run). {Capitalised(Accept.Hint)}.\n\n" +
                TextDiff.Unified(committed, actual, $"{relativePath} (committed)", $"{relativePath} (this run)"));
        }
    }

    /// <summary>
    /// Checks (or writes) the generated part of a hand-written page: the text between
    /// <c>&lt;!-- name:start --&gt;</c> and <c>&lt;!-- name:end --&gt;</c>.
    /// </summary>
    public static void CheckSection(string relativePath, string name, string actual)
    {
        actual = RulebookVersions.Unstamp(actual.ReplaceLineEndings("\n"));
        var start = $"<!-- {name}:start -->\n";
        var end = $"<!-- {name}:end -->";
        lock (WriteLock)
        {
            var text = RepositoryFiles.Read(relativePath);
            var from = text.IndexOf(start, StringComparison.Ordinal);
            var to = text.IndexOf(end, StringComparison.Ordinal);
            Assert.True(from >= 0 && to > from, $"{relativePath} has no '{name}' section between {start.Trim()} and {end}");
            from += start.Length;
            if (Accept.Writes)
            {
                if (text[from..to] != actual)
                {
                    File.WriteAllText(RepositoryFiles.Path(relativePath), text[..from] + actual + text[to..]);
                    Accept.Record($"regenerated {relativePath} ({name})");
                }

                return;
            }

            var committed = text[from..to];
            if (committed != actual)
            {
                var line = text[..from].Count(c => c == '\n') + 1;
                Assert.Fail(
                    $"The generated section '{name}' of {relativePath} (from line {line}) differs from what the code produces now " +
                    $"(- the committed file, + this run). {Capitalised(Accept.Hint)}.\n\n" +
                    TextDiff.Unified(committed, actual, $"{relativePath} '{name}' (committed)", $"{relativePath} '{name}' (this run)"));
            }
        }
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
