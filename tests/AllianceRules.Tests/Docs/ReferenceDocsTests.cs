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
    [Trait("Category", Accept.Category)]
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
    [Trait("Category", Accept.Category)]
    public void ScenarioSchema_IsFresh()
    {
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(
            AllianceRulesJson.Scenario,
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (context, node) => Described(context, NeverNull(node)) });
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

        var json = document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
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

    [Fact]
    [Trait("Category", Accept.Category)]
    public void AssessmentSchema_IsFresh()
    {
        GeneratedDocs.AssertFresh("docs/assessment.schema.json", AssessmentSchema().ToJsonString(SchemaJson).ReplaceLineEndings("\n") + "\n");
    }

    public static TheoryData<string> BuiltInIds() => new(AllianceRules.Scenarios.HistoricalScenarios.All.Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void AssessmentJson_OfEveryBuiltIn_FollowsTheSchema(string id)
    {
        var json = JsonNode.Parse(AllianceRules.Rendering.AssessmentJson.Serialize(TestEngine.Assess(AllianceRules.Scenarios.HistoricalScenarios.Find(id)!)))!;

        Assert.Empty(SchemaCheck.Problems(AssessmentSchema(), json));
    }

    private static readonly JsonSerializerOptions SchemaJson = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// The assessment document's schema: the C# types as written by <see cref="AllianceRules.Rendering.AssessmentJson"/>,
    /// with justifications as the graph it writes (fact IDs in <c>matched</c>, the facts in one table).
    /// </summary>
    private static JsonObject AbsentList(string description) => new()
    {
        ["description"] = description,
        ["type"] = "array",
        ["items"] = new JsonObject { ["$ref"] = "#/$defs/absentCondition" },
    };

    private static JsonObject AssessmentSchema()
    {
        var justification = new JsonObject
        {
            ["description"] = "One rule firing: the rule, the claims and decisions it cites, and the IDs of the facts it matched (entries of the facts table).",
            ["type"] = "object",
            ["properties"] = new JsonObject
            {
                ["rule"] = new JsonObject { ["type"] = "string" },
                ["claims"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ["decisions"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                ["matched"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string", ["pattern"] = "^f[0-9]+$" } },
                ["absent"] = AbsentList("What the rule required absent (its Not conditions), each with the rules that could have drawn it; omitted when the rule requires nothing absent."),
            },
            ["required"] = new JsonArray("rule", "claims", "decisions", "matched"),
            ["additionalProperties"] = false,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(
            AllianceRulesJson.Assessment,
            new JsonSchemaExporterOptions
            {
                TreatNullObliviousAsNonNullable = true,
                TransformSchemaNode = (context, node) =>
                    context.TypeInfo.Type == typeof(AllianceRules.Conclusions.Justification) ? justification.DeepClone() : Described(context, OmittedWhenNull(context, NeverNull(node))),
            }).AsObject();
        schema["$defs"] = new JsonObject
        {
            ["absentCondition"] = new JsonObject
            {
                ["description"] = "A fact a rule required absent: its type, what was absent in words, and the rules that could have drawn it (none for a fact of the input).",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["fact"] = new JsonObject { ["type"] = "string" },
                    ["text"] = new JsonObject { ["type"] = "string" },
                    ["checked"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["$ref"] = "#/$defs/checkedRule" } },
                },
                ["required"] = new JsonArray("fact", "text", "checked"),
                ["additionalProperties"] = false,
            },
            ["checkedRule"] = new JsonObject
            {
                ["description"] = "A rule that could have drawn an absent fact and did not: its decisions, and either its failed condition on the input (unmet) or the derived facts it needed that were absent.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["rule"] = new JsonObject { ["type"] = "string" },
                    ["decisions"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
                    ["unmet"] = new JsonObject { ["type"] = "string" },
                    ["absent"] = AbsentList("The derived facts it needed that were absent for the same subject."),
                },
                ["required"] = new JsonArray("rule", "decisions"),
                ["additionalProperties"] = false,
            },
        };
        schema["properties"]!.AsObject()["facts"] = new JsonObject
        {
            ["description"] = "Every fact a rule matched, once: input facts with their words, derived facts with the firings that drew them.",
            ["type"] = "array",
            ["items"] = new JsonObject
            {
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["id"] = new JsonObject { ["type"] = "string", ["pattern"] = "^f[0-9]+$" },
                    ["fact"] = new JsonObject { ["description"] = "The fact's type.", ["type"] = "string" },
                    ["text"] = new JsonObject { ["description"] = "The fact in words.", ["type"] = "string" },
                    ["because"] = new JsonObject { ["type"] = "array", ["items"] = justification.DeepClone() },
                },
                ["required"] = new JsonArray("id", "fact", "text"),
                ["additionalProperties"] = false,
            },
        };
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "AllianceRules assessment, format " + Assessment.CurrentFormat,
        };
        foreach (var (name, value) in schema)
        {
            document[name] = value?.DeepClone();
        }

        return document;
    }

    /// <summary>A member that may be null is left out of the JSON when it is (WhenWritingNull), so it cannot be required.</summary>
    private static JsonNode OmittedWhenNull(JsonSchemaExporterContext context, JsonNode node)
    {
        if (context.PropertyInfo is null && node is JsonObject schema && schema["required"] is JsonArray required)
        {
            foreach (var property in context.TypeInfo.Properties.Where(p => p.IsGetNullable))
            {
                required.Remove(required.FirstOrDefault(r => (string?)r == property.Name));
            }

            if (required.Count == 0)
            {
                schema.Remove("required");
            }
        }

        return node;
    }

    /// <summary>Adds the XML documentation of the property or type a schema node stands for, so editors show it.</summary>
    private static JsonNode Described(JsonSchemaExporterContext context, JsonNode node)
    {
        var description = context.PropertyInfo?.AttributeProvider is System.Reflection.PropertyInfo property
            ? XmlDocs.Of(property)
            : context.PropertyInfo is null && context.TypeInfo.Type.Namespace?.StartsWith("AllianceRules", StringComparison.Ordinal) == true ? XmlDocs.Of(context.TypeInfo.Type) : null;
        if (description is not null && node is JsonObject schema && !schema.ContainsKey("description"))
        {
            schema.Insert(0, "description", description);
        }

        return node;
    }
}
