using System.Text;
using System.Text.RegularExpressions;
using AllianceRules.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Docs;

/// <summary>
/// Every document a newcomer reads, checked as they would follow it: each link to a file of the
/// repository leads to one, each package README stands alone on its package page, and each
/// <c>alliance-rules</c> command line in a <c>sh</c> block is one the tool accepts.
/// </summary>
public partial class DocsLinksTests
{
    private static readonly string[] Skipped = ["bin", "obj", "node_modules", "__snapshots__", "__mismatch__", "artifacts", "BenchmarkDotNet.Artifacts", "TestResults"];

    public static TheoryData<string> Documents() =>
        [.. MarkdownFiles().Select(path => Path.GetRelativePath(RepositoryFiles.Root, path).Replace('\\', '/'))];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Links_ToFilesOfTheRepository_LeadToOne(string document)
    {
        var text = RepositoryFiles.Read(document);
        var folder = Path.GetDirectoryName(RepositoryFiles.Path(document))!;
        var broken = new List<string>();
        foreach (Match link in Link().Matches(WithoutCode(text)))
        {
            var target = link.Groups["target"].Value.Trim();
            if (target.Length == 0 || target.StartsWith('#') || Scheme().IsMatch(target))
            {
                continue;
            }

            var path = Uri.UnescapeDataString(target.Split('#')[0]);
            var resolved = Path.GetFullPath(Path.Combine(folder, path));
            if (!resolved.StartsWith(RepositoryFiles.Root, StringComparison.Ordinal))
            {
                broken.Add($"{target} (outside the repository)");
            }
            else if (!File.Exists(resolved) && !Directory.Exists(resolved))
            {
                broken.Add(target);
            }
        }

        Assert.True(broken.Count == 0, $"{document} links to files that do not exist: {string.Join(", ", broken)}");
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void CommandLines_InShellBlocks_AreAcceptedByTheParser(string document)
    {
        var refused = new List<string>();
        foreach (var line in ShellLines(RepositoryFiles.Read(document)))
        {
            foreach (var args in AllianceRulesCalls(line))
            {
                if (CliApp.ParseProblems([.. args]) is { Count: > 0 } problems)
                {
                    refused.Add($"`{line}`: {string.Join("; ", problems)}");
                }
            }
        }

        Assert.True(refused.Count == 0, $"{document} shows command lines the tool refuses:\n{string.Join("\n", refused)}");
    }

    [Fact]
    public void LinksAndCommandLines_AreFoundAtAll()
    {
        // The checks above are only worth something if they see the README's links and examples.
        var calls = ShellLines(RepositoryFiles.Read("README.md")).SelectMany(AllianceRulesCalls).ToList();

        Assert.Contains(calls, args => args.SequenceEqual(["diff", "--disable-claim", "C13"]));
        Assert.Contains(calls, args => args.SequenceEqual(["assess", "-"]));
        Assert.NotEmpty(CliApp.ParseProblems(["frobnicate"]));
        Assert.Contains(Link().Matches(WithoutCode(RepositoryFiles.Read("README.md"))), m => m.Groups["target"].Value == "docs/index.md");
        Assert.NotEmpty(CliApp.ParseProblems(["table", "[--format", "md|csv]"]));
    }

    [Theory]
    [InlineData("src/AllianceRules/PackageReadme.md")]
    [InlineData("src/AllianceRules.Cli/PackageReadme.md")]
    [InlineData("src/AllianceRules.AspNetCore/PackageReadme.md")]
    public void PackageReadme_StandsAloneOnThePackagePage(string readme)
    {
        var text = RepositoryFiles.Read(readme);

        var relative = Link().Matches(text).Select(m => m.Groups["target"].Value).Where(t => !Scheme().IsMatch(t)).ToList();
        Assert.True(relative.Count == 0, $"{readme} has links that break on a package page: {string.Join(", ", relative)}");
        Assert.DoesNotContain("dotnet test", text, StringComparison.Ordinal);
        Assert.DoesNotContain("clone", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Readme_LeavesTheListOfDocumentsToTheDocsIndex()
    {
        var listed = RepositoryFiles.Read("README.md").Split('\n').Where(line => line.StartsWith("- [", StringComparison.Ordinal) && line.Contains("(docs/", StringComparison.Ordinal)).ToList();

        Assert.True(listed.Count == 0, $"README.md lists documents that docs/index.md lists; link docs/index.md instead:\n{string.Join("\n", listed)}");
    }

    private static IEnumerable<string> MarkdownFiles()
    {
        var files = new List<string>();
        var pending = new Stack<string>([RepositoryFiles.Root]);
        while (pending.TryPop(out var folder))
        {
            foreach (var child in Directory.GetDirectories(folder))
            {
                var name = Path.GetFileName(child);
                if (!name.StartsWith('.') && !Skipped.Contains(name))
                {
                    pending.Push(child);
                }
            }

            files.AddRange(Directory.GetFiles(folder, "*.md"));
        }

        return files.Order(StringComparer.Ordinal);
    }

    private static string WithoutCode(string markdown) => InlineCode().Replace(FencedCode().Replace(markdown, ""), "");

    private static IEnumerable<string> ShellLines(string markdown)
    {
        foreach (Match block in ShellBlock().Matches(markdown))
        {
            foreach (var line in block.Groups["code"].Value.Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    yield return line.Trim();
                }
            }
        }
    }

    /// <summary>The argument lists of every call of the tool in a shell line, as the tool or <c>dotnet run --project src/AllianceRules.Cli</c>.</summary>
    internal static IEnumerable<IReadOnlyList<string>> AllianceRulesCalls(string line)
    {
        var words = ShellWords(line);
        var segment = new List<string>();
        foreach (var word in words.Append("|"))
        {
            if (word is "|" or "&&" or "||" or ";")
            {
                if (Arguments(segment) is { } args)
                {
                    yield return args;
                }

                segment.Clear();
            }
            else
            {
                segment.Add(word);
            }
        }
    }

    private static List<string>? Arguments(List<string> segment)
    {
        var start = segment.IndexOf("alliance-rules");
        if (start >= 0)
        {
            return WithoutRedirections(segment.Skip(start + 1));
        }

        var project = segment.IndexOf("src/AllianceRules.Cli");
        var separator = segment.IndexOf("--");
        if (segment.Take(2).SequenceEqual(["dotnet", "run"]) && project > 0 && separator > project)
        {
            return WithoutRedirections(segment.Skip(separator + 1));
        }

        return null;
    }

    private static List<string> WithoutRedirections(IEnumerable<string> words)
    {
        var args = new List<string>();
        var skipNext = false;
        foreach (var word in words)
        {
            if (skipNext)
            {
                skipNext = false;
            }
            else if (word is ">" or "<" or ">>" or "2>")
            {
                skipNext = true;
            }
            else if (!word.StartsWith('>') && !word.StartsWith("2>", StringComparison.Ordinal))
            {
                args.Add(word);
            }
        }

        return args;
    }

    /// <summary>A line's words as a POSIX shell splits them, quotes removed, up to a comment.</summary>
    private static List<string> ShellWords(string line)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        char? quote = null;
        foreach (var c in line)
        {
            if (quote is { } open)
            {
                if (c == open)
                {
                    quote = null;
                }
                else
                {
                    word.Append(c);
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
                inWord = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                if (inWord)
                {
                    words.Add(word.ToString());
                    word.Clear();
                    inWord = false;
                }
            }
            else if (c == '#' && !inWord)
            {
                break;
            }
            else
            {
                word.Append(c);
                inWord = true;
            }
        }

        if (inWord)
        {
            words.Add(word.ToString());
        }

        return words;
    }

    [GeneratedRegex(@"!?\[[^\]]*\]\((?<target>[^)\s]*)(\s+""[^""]*"")?\)")]
    private static partial Regex Link();

    [GeneratedRegex("^[a-z][a-z0-9+.-]*:", RegexOptions.IgnoreCase)]
    private static partial Regex Scheme();

    [GeneratedRegex("^```.*?^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FencedCode();

    [GeneratedRegex("`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex("^```(sh|bash|shell)\n(?<code>.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex ShellBlock();
}
