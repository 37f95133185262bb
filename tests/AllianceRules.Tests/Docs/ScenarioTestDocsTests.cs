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

    private static string[] TextBlock(string command)
    {
        var block = TextBlocks().Matches(RepositoryFiles.Read(Page)).Select(m => m.Groups["code"].Value).Single(b => b.StartsWith($"$ {command}\n", StringComparison.Ordinal));
        return block.Split('\n', StringSplitOptions.RemoveEmptyEntries)[1..];
    }

    [Fact]
    public void Example_AsTheDocsShowIt_OnePassesOneFailsWithThatOutput()
    {
        var run = new ScenarioTestRunner().Run(ScenarioTestJson.Parse(ExampleFile(), "c15.test.json"));

        Assert.Equal((1, 1), (run.Passed, run.Failed));
        Assert.Equal(TextBlock("alliance-rules test c15.test.json"), ScenarioTestReport.RenderText(run, coverage: false).Split('\n', StringSplitOptions.RemoveEmptyEntries));
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

    [GeneratedRegex("```text\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex TextBlocks();

    [Fact]
    public void ScenarioTestSchema_IsFresh()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(
            ScenarioTestJsonContext.Default.ScenarioTestFile,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (_, node) => ReferenceDocsTests.NeverNull(node) });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "AllianceRules scenario test file",
            ["description"] = "A *.test.json file of cases, each a scenario and the conclusions expected of it (docs/testing-the-theory.md). Generated from the C# types by ScenarioTestDocsTests; the reader also checks what a schema cannot: conclusion keys, their values, list items, claims, rules, built-in IDs, and one scenario per case.",
        };
        foreach (var (name, value) in schema.AsObject())
        {
            document[name] = value?.DeepClone();
        }

        var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        GeneratedDocs.AssertFresh("docs/scenario-test.schema.json", json);
    }

    [Fact]
    public void TheoryTestFiles_PointEditorsAtTheSchema()
    {
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path("tests/theory"), "*.test.json"))
        {
            Assert.Contains("\"$schema\": \"../../docs/scenario-test.schema.json\"", File.ReadAllText(file), StringComparison.Ordinal);
        }
    }
}
