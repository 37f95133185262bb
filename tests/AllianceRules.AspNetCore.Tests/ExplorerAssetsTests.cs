using System.Text.RegularExpressions;
using AllianceRules.AspNetCore.Tests.Support;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>The explorer's static files keep their promises: names as text, nothing from elsewhere, no build step.</summary>
public sealed partial class ExplorerAssetsTests
{
    private static readonly string[] Assets = ["index.html", "app.css", "app.js"];

    [Fact]
    public void Script_NeverParsesDataAsMarkup()
    {
        var script = RepositoryFiles.Read("samples/WebExplorer/wwwroot/app.js");

        foreach (var sink in new[] { "innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function" })
        {
            Assert.DoesNotContain(sink, script, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Assets_FetchNothingFromElsewhere()
    {
        foreach (var asset in Assets)
        {
            var text = RepositoryFiles.Read($"samples/WebExplorer/wwwroot/{asset}");

            Assert.Empty(ExternalReference().Matches(text));
        }
    }

    [Fact]
    public void Wwwroot_HoldsOnlyThePagesFiles()
    {
        var files = Directory.GetFiles(RepositoryFiles.Path("samples/WebExplorer/wwwroot"), "*", SearchOption.AllDirectories)
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal);

        Assert.Equal(Assets.Order(StringComparer.Ordinal), files);
    }

    /// <summary>A src, href, url() or import that names another host (or a protocol-relative one).</summary>
    [GeneratedRegex("""(src|href)\s*=\s*["']?(https?:)?//|url\(\s*["']?(https?:)?//|import\s.*["'](https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
