using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using AllianceRules.Claims;
using AllianceRules.Serialization;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Docs;

/// <summary>
/// The reference pages generated from code: the rulebook reference from the rules' own metadata
/// and the scenario JSON Schema from the C# types. Each test fails when the committed page differs.
/// </summary>
public class ReferenceDocsTests
{
    private static readonly string[] Sections = ["Geography", "Posture", "Offers", "Needs", "Commitment", "Risks", "Outlook", "Advice"];

    [Fact]
    public void RulebookReference_IsFresh()
    {
        var rules = TestEngine.Assessor.Rules;
        var text = new StringBuilder()
            .Append("# Rulebook reference\n\n")
            .Append($"Rulebook {RulebookVersion.Current}: {rules.Count} rules, each with the claims it encodes, the decisions it rests on where it concludes more than its claims state ([decisions.md](decisions.md)), and its paraphrase.\n")
            .Append("Generated from the rules' `[Name]`, `[Description]` and `[Tag]` attributes by `ReferenceDocsTests`; ")
            .Append(GeneratedDocs.UpdateHint).Append(".\n")
            .Append("What the rules must conclude is specified in the spec's rulebook; [claims.md](claims.md) goes from each claim to its rules.\n");
        Assert.Equal(Sections.Order(StringComparer.Ordinal), rules.Select(r => r.Section).Distinct().Order(StringComparer.Ordinal));
        foreach (var section in Sections)
        {
            text.Append($"\n## {section}\n\n| rule | claims | decisions | what it encodes |\n|---|---|---|---|\n");
            foreach (var rule in rules.Where(r => r.Section == section))
            {
                var claims = string.Join(", ", rule.Claims.Select(id => $"{id} ¶{string.Join(",", ClaimCatalogue.Find(id)!.Paragraphs)}"));
                var decisions = rule.Decisions.Count == 0 ? "—" : string.Join(", ", rule.Decisions);
                text.Append($"| `{rule.Name}` | {claims} | {decisions} | {rule.Description.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
            }
        }

        GeneratedDocs.AssertFresh("docs/rulebook.md", text.ToString());
    }

    [Fact]
    public void ScenarioSchema_IsFresh()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(
            AllianceRulesJson.Scenario,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (_, node) => NeverNull(node) });
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "AllianceRules scenario",
            ["description"] = "The input of an assessment (docs/scenario-format.md). Generated from the C# types by ReferenceDocsTests; the reader also checks what a schema cannot (see the validation catalogue).",
        };
        foreach (var (name, value) in schema.AsObject())
        {
            document[name] = value?.DeepClone();
        }

        var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }).ReplaceLineEndings("\n") + "\n";
        GeneratedDocs.AssertFresh("docs/scenario.schema.json", json);
    }

    /// <summary>The reader refuses <c>null</c> everywhere (omit the property instead), so the schema allows it nowhere.</summary>
    internal static JsonNode NeverNull(JsonNode node)
    {
        if (node is JsonObject schema && schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
        {
            var rest = types.Select(t => t!.GetValue<string>()).Where(t => t != "null").ToArray();
            schema["type"] = rest.Length == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        }

        if (node is JsonObject withEnum && withEnum["enum"] is JsonArray values && values.Any(v => v is null))
        {
            withEnum["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
        }

        return node;
    }
}
