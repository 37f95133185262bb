using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace AllianceRules.AspNetCore.OpenApi;

/// <summary>
/// The schemas of the bodies the library writes and reads, for the OpenAPI document. The
/// scenario's is generated from its C# types with the library's conventions (enum names, no
/// nulls), as <c>docs/scenario.schema.json</c> is; the assessment, explanation and what-if are
/// written by the library as a graph (justifications reference a <c>facts</c> table), which no
/// type describes, so their schemas are written here and a test holds them to real responses.
/// </summary>
internal static class ApiSchemas
{
    public const string Scenario = "AllianceRulesScenario";
    public const string ExplainRequest = "AllianceRulesExplainRequest";
    public const string Assessment = "AllianceRulesAssessment";
    public const string Explanation = "AllianceRulesExplanation";
    public const string WhatIf = "AllianceRulesWhatIf";
    public const string Conclusion = "AllianceRulesConclusion";
    public const string Because = "AllianceRulesBecause";
    public const string Facts = "AllianceRulesFacts";
    public const string Remedy = "AllianceRulesRemedy";
    public const string Change = "AllianceRulesChange";
    public const string Fixed = "AllianceRulesFixed";

    /// <summary>The schemas each schema refers to, registered with it.</summary>
    private static readonly Dictionary<string, string[]> Uses = new(StringComparer.Ordinal)
    {
        [ExplainRequest] = [Scenario],
        [Assessment] = [Conclusion, Facts],
        [Conclusion] = [Because],
        [Facts] = [Because],
        [Explanation] = [Because, Remedy, Facts, Fixed],
        [Remedy] = [Change],
        [WhatIf] = [Change, Fixed],
    };

    private static readonly Lazy<string> ScenarioJson = new(ScenarioSchemaJson);

    /// <summary>A reference to one of the schemas, registering it in the document's components on first use.</summary>
    public static OpenApiSchemaReference Reference(OpenApiDocument document, string name)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = Parse(Json(name), document);
            foreach (var used in Uses.GetValueOrDefault(name, []))
            {
                Reference(document, used);
            }
        }

        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>The scenario's JSON Schema, as generated from the types (a test compares it with <c>docs/scenario.schema.json</c>).</summary>
    public static string ScenarioSchemaJson()
    {
        // The reader's own settings (the library's source-generated context is internal to it).
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
            Converters = { new JsonStringEnumConverter() },
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(
            options,
            typeof(Scenario),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = (_, node) => NeverNull(node) });
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Json(string name) => name switch
    {
        Scenario => ScenarioJson.Value,
        ExplainRequest => $$"""
            {
              "type": "object",
              "description": "A scenario and a question about one of its conclusions.",
              "properties": {
                "scenario": { "$ref": "#/components/schemas/{{Scenario}}" },
                "conclusion": { "type": "string", "description": "key or key=value: posture=Balance, responses[United States,PartnershipUpgrade]=Accept, commitments[United States]=credible, risks[AloneAtSea], outlook[Soviet Union] (docs/explanations.md)." },
                "fix": { "type": "array", "items": { "type": "string" }, "description": "Inputs the why-not search must not change, as the changes print them (relation.level, powers[0].stance, offers[+]), a power by name (powers[United States].avoidsLandWar), an offer by FROM,KIND, or a whole part (relation, geography); a path that names nothing in the scenario is refused at $.fix[N] (docs/explanations.md, 'Held fixed')." },
                "varyThirdPartyGeography": { "type": "boolean", "description": "Let the search add or remove a land border between a great power and the neighbour, held fixed by default (decision D33)." }
              },
              "required": ["scenario", "conclusion"],
              "additionalProperties": false
            }
            """,
        Assessment => $$"""
            {
              "type": "object",
              "description": "The library's assessment JSON (docs/scenario-format.md, 'Output') with decisionId added. Each conclusion has claims, decisions and because: the rule firings that drew it, whose matched facts are IDs into facts.",
              "properties": {
                "decisionId": { "type": "string", "description": "This response's ID, as in the AllianceRules-Decision-Id header." },
                "format": { "type": "string", "description": "The document's format and version, alliance-rules.assessment/v3 (docs/assessment.schema.json)." },
                "scenario": { "type": "object", "properties": { "id": { "type": "string" }, "title": { "type": "string" }, "date": { "type": "string" } } },
                "rulebook": { "type": "string", "description": "The rulebook version." },
                "warnings": { "type": "array", "description": "Valid but odd input (docs/scenario-format.md, 'Warnings'); no conclusion changes because of one.", "items": { "type": "object", "properties": { "id": { "type": "string" }, "path": { "type": "string" }, "message": { "type": "string" } } } },
                "posture": { "$ref": "#/components/schemas/{{Conclusion}}" },
                "responses": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "One per offer: from, kind, decision." },
                "needs": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "from, need." },
                "commitments": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "power, credible, gaps (each a conclusion with gap)." },
                "risks": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "risk, and power where one applies." },
                "outlook": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "power, alliance." },
                "advice": { "type": "array", "items": { "$ref": "#/components/schemas/{{Conclusion}}" }, "description": "to, advice." },
                "backtest": {
                  "type": "object",
                  "description": "Present when the scenario records an outcome.",
                  "properties": {
                    "matches": { "type": "boolean" },
                    "misses": { "type": "array", "items": { "type": "object", "properties": { "field": { "type": "string" }, "predicted": { "type": "string" }, "observed": { "type": "string" }, "rules": { "type": "array", "items": { "type": "string" } }, "claims": { "type": "array", "items": { "type": "string" } }, "decisions": { "type": "array", "items": { "type": "string" } } } } }
                  }
                },
                "facts": { "$ref": "#/components/schemas/{{Facts}}" }
              },
              "required": ["decisionId", "format", "scenario", "rulebook", "posture", "responses", "needs", "commitments", "risks", "outlook", "advice", "facts"]
            }
            """,
        Explanation => $$"""
            {
              "type": "object",
              "description": "The library's explanation JSON (docs/explanations.md) with decisionId and rulebook added.",
              "properties": {
                "decisionId": { "type": "string" },
                "rulebook": { "type": "string" },
                "conclusion": { "type": "string", "description": "The conclusion's key." },
                "asked": { "type": "string" },
                "actual": { "type": "string" },
                "because": { "$ref": "#/components/schemas/{{Because}}" },
                "obstacles": { "type": "array", "items": { "type": "object", "properties": { "name": { "type": "string" }, "claims": { "type": "array", "items": { "type": "string" } }, "because": { "$ref": "#/components/schemas/{{Because}}" }, "remedies": { "type": "array", "items": { "$ref": "#/components/schemas/{{Remedy}}" } } } } },
                "remedies": { "type": "array", "items": { "$ref": "#/components/schemas/{{Remedy}}" } },
                "assessed": { "type": "integer", "description": "How many neighbouring scenarios the why-not search assessed." },
                "stoppedAtBudget": { "type": "boolean" },
                "unreached": { "type": "array", "description": "For a value no change of one or two inputs draws: each rule that could draw it and what it lacked (rule, decisions, and either unmet, its failed input condition, or absent, the derived facts missing).", "items": { "type": "object" } },
                "fixed": { "$ref": "#/components/schemas/{{Fixed}}" },
                "isDrawn": { "type": "boolean" },
                "facts": { "$ref": "#/components/schemas/{{Facts}}" }
              },
              "required": ["decisionId", "rulebook", "conclusion", "asked", "actual", "because", "obstacles", "remedies", "facts"]
            }
            """,
        WhatIf => $$"""
            {
              "type": "object",
              "description": "The library's what-if JSON (docs/what-if.md) with decisionId and rulebook added.",
              "properties": {
                "decisionId": { "type": "string" },
                "rulebook": { "type": "string" },
                "scenario": { "type": "string" },
                "flips": {
                  "type": "array",
                  "items": {
                    "type": "object",
                    "properties": {
                      "conclusion": { "type": "string" },
                      "from": { "type": "string" },
                      "to": { "type": "string" },
                      "changes": { "type": "array", "items": { "$ref": "#/components/schemas/{{Change}}" } }
                    }
                  }
                },
                "assessed": { "type": "integer" },
                "stoppedAtBudget": { "type": "boolean" },
                "fixed": { "$ref": "#/components/schemas/{{Fixed}}" }
              },
              "required": ["decisionId", "rulebook", "flips"]
            }
            """,
        Conclusion => $$"""
            {
              "type": "object",
              "description": "A conclusion: its subject and value (by kind: value; from, kind, decision; from, need; power, credible, gaps; risk, power; power, alliance; to, advice), the claims and decisions it rests on, the hedges it inherits, and the rule firings that drew it.",
              "properties": {
                "claims": { "type": "array", "items": { "type": "string" } },
                "decisions": { "type": "array", "items": { "type": "string" } },
                "hedges": { "type": "array", "items": { "type": "string" }, "description": "The claims beneath the conclusion whose modal word qualifies it (rulebook v3, 'Hedges')." },
                "silence": { "type": "string", "description": "A response the article is silent on (decision NoClaim): why, with the claim that scopes the silence." },
                "silenceClaim": { "type": "string", "description": "A NoClaim response: the claim whose scope leaves the article silent (C04, C08, C20 or C26)." },
                "because": { "$ref": "#/components/schemas/{{Because}}" }
              },
              "required": ["claims", "decisions"]
            }
            """,
        Because => """
            {
              "type": "array",
              "description": "The rule firings behind a conclusion or a derived fact.",
              "items": {
                "type": "object",
                "properties": {
                  "rule": { "type": "string" },
                  "claims": { "type": "array", "items": { "type": "string" } },
                  "decisions": { "type": "array", "items": { "type": "string" } },
                  "matched": { "type": "array", "items": { "type": "string" }, "description": "IDs of facts in the facts table." },
                  "absent": { "type": "array", "description": "What the rule required absent (its Not conditions): fact, text, and checked (the rules that could have drawn it, each with decisions and either unmet, its failed input condition, or absent, the derived facts it lacked). Omitted when the rule requires nothing absent.", "items": { "type": "object" } }
                },
                "required": ["rule", "claims", "decisions", "matched"]
              }
            }
            """,
        Facts => $$"""
            {
              "type": "array",
              "description": "Every fact a rule matched, once: a derived fact with its own because, an input fact without.",
              "items": {
                "type": "object",
                "properties": {
                  "id": { "type": "string" },
                  "fact": { "type": "string" },
                  "text": { "type": "string" },
                  "because": { "$ref": "#/components/schemas/{{Because}}" }
                },
                "required": ["id", "fact", "text"]
              }
            }
            """,
        Remedy => $$"""
            {
              "type": "object",
              "description": "A smallest set of input changes that would draw the asked value, with the rules that would draw it.",
              "properties": {
                "changes": { "type": "array", "items": { "$ref": "#/components/schemas/{{Change}}" } },
                "rules": { "type": "array", "items": { "type": "string" } },
                "claims": { "type": "array", "items": { "type": "string" } }
              }
            }
            """,
        Change => """
            {
              "type": "object",
              "description": "One change to the input: a JSON path of the scenario, its value before and after.",
              "properties": { "field": { "type": "string" }, "from": { "type": "string" }, "to": { "type": "string" } },
              "required": ["field", "from", "to"]
            }
            """,
        Fixed => """
            {
              "type": "array",
              "description": "The inputs the search held fixed, so proposed no change of: the roles, geography between third parties (decision D33), and the request's fix paths as given. Empty for a drawn value, which runs no search.",
              "items": {
                "type": "object",
                "properties": {
                  "field": { "type": "string", "description": "roles; a fix path as given; or geography[N] (a border held) or geography[+] (a border not added)." },
                  "value": { "type": "string", "description": "Its value in words." },
                  "because": { "type": "string", "enum": ["Role", "ThirdPartyGeography", "Asked"] }
                },
                "required": ["field", "value", "because"]
              }
            }
            """,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such schema"),
    };

    private static OpenApiSchema Parse(string json, OpenApiDocument document)
    {
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        if (schema is null || diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException($"A schema of the service does not parse: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        }

        return schema;
    }

    /// <summary>The reader refuses <c>null</c> everywhere (omit the property instead), so the schema allows it nowhere.</summary>
    private static JsonNode NeverNull(JsonNode node)
    {
        if (node is JsonObject schema && schema["type"] is JsonArray types && types.Any(t => t?.GetValue<string>() == "null"))
        {
            var rest = types.Where(t => t?.GetValue<string>() != "null").Select(t => t!.GetValue<string>()).ToArray();
            schema["type"] = rest.Length == 1 ? rest[0] : new JsonArray([.. rest.Select(t => (JsonNode)t)]);
        }

        if (node is JsonObject withEnum && withEnum["enum"] is JsonArray values && values.Any(v => v is null))
        {
            withEnum["enum"] = new JsonArray([.. values.Where(v => v is not null).Select(v => v!.DeepClone())]);
        }

        return node;
    }
}
