using System.Text.Json;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using AllianceRules.Rendering;
using AllianceRules.Serialization;
using AllianceRules.Testing;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Docs;

/// <summary>
/// docs/testing-the-theory.md and the JSON Schema of scenario test files: the schema is generated
/// from the C# types, and the page's example file gives the output and the errors the page shows.
/// </summary>
public partial class ScenarioTestDocsTests
{
    private const string Page = "docs/testing-the-theory.md";

    private static string ExampleFile() => JsonBlock().Match(RepositoryFiles.Read(Page)).Groups["code"].Value;

    /// <summary>
    /// The page shows what the tool prints for its example file, as the rulebook draws it now: the
    /// run is a generated section (the accept command rewrites it), so a change of theory moves the
    /// example's output in review instead of failing a test that restates it.
    /// </summary>
    [Fact]
    [Trait("Category", Accept.Category)]
    public void Example_AsTheDocsShowIt_IsWhatTheToolPrints()
    {
        var run = new ScenarioTestRunner().Run(ScenarioTestJson.Parse(ExampleFile(), "c15.test.json"));

        GeneratedDocs.AssertFreshSection(Page, "c15-run", "```text\n$ alliance-rules test c15.test.json\n" + ScenarioTestReport.RenderText(run, coverage: false) + "```\n");
    }

    [Fact]
    public void Example_WithTheDocumentedMistakes_GivesTheDocumentedErrors()
    {
        var wrong = ExampleFile()
            .Replace("PartnershipUpgrade]\": \"Accept\"", "PartnershipUpgrade]\": \"Accepted\"", StringComparison.Ordinal)
            .Replace("\"advice[United States]\"", "\"advice[USA]\"", StringComparison.Ordinal);

        var ex = Assert.Throws<ScenarioTestFileException>(() => ScenarioTestJson.Parse(wrong, "c15.test.json"));

        var page = RepositoryFiles.Read(Page);
        Assert.All(ex.Errors, e => Assert.Contains($"\nerror: c15.test.json: {e}\n", page, StringComparison.Ordinal));
        Assert.Equal(2, ex.Errors.Count);
    }

    [GeneratedRegex("```json\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public void TheoryTestFiles_PointEditorsAtTheSchema()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path("tests/theory"), "*.test.json"))
        {
            Assert.Contains("\"$schema\": \"../../docs/scenario-test.schema.json\"", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
