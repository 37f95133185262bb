using System.Text.Json.Nodes;
using AllianceRules.Rendering;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace AllianceRules.AspNetCore.OpenApi;

/// <summary>
/// The schemas of the bodies the library writes and reads, for the OpenAPI document: the library's
/// own (<see cref="ContractSchemas"/>, the files in <c>docs/</c>), with what the service adds to
/// each answer (its decision ID, and the rulebook where the library's document does not name it).
/// </summary>
internal static class ApiSchemas
{
    public const string Scenario = "AllianceRulesScenario";
    public const string ExplainRequest = "AllianceRulesExplainRequest";
    public const string WhatIfRequest = "AllianceRulesWhatIfRequest";
    public const string Assessment = "AllianceRulesAssessment";
    public const string Explanation = "AllianceRulesExplanation";
    public const string WhatIf = "AllianceRulesWhatIf";

    /// <summary>The schemas each schema refers to, registered with it.</summary>
    private static readonly Dictionary<string, string[]> Uses = new(StringComparer.Ordinal)
    {
        [ExplainRequest] = [Scenario],
        [WhatIfRequest] = [Scenario],
    };

    /// <summary>A reference to one of the schemas, registering it in the document's components on first use.</summary>
    public static OpenApiSchemaReference Reference(OpenApiDocument document, string name)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.Components.Schemas[name] = Parse(Json(name).ToJsonString(), document);
            foreach (var used in Uses.GetValueOrDefault(name, []))
            {
                Reference(document, used);
            }
        }

        return new OpenApiSchemaReference(name, document);
    }

    /// <summary>A schema as the component holds it: the library's document without its <c>$schema</c>, which the OpenAPI document declares once.</summary>
    public static JsonObject Json(string name) => name switch
    {
        Scenario => Library(name, ContractSchemas.Scenario),
        ExplainRequest => SearchRequestSchema(question: true),
        WhatIfRequest => SearchRequestSchema(question: false),
        Assessment => WithDecisionId(Library(name, ContractSchemas.Assessment), rulebook: false),
        Explanation => WithDecisionId(Library(name, ContractSchemas.Explanation), rulebook: true),
        WhatIf => WithDecisionId(Library(name, ContractSchemas.WhatIf), rulebook: true),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "no such schema"),
    };

    private static JsonObject Library(string name, string schema)
    {
        var node = JsonNode.Parse(schema)!.AsObject();
        node.Remove("$schema");
        // A reference within the library's document (a recursive type) is to its root, which here is the component.
        Rebase(node, "#/components/schemas/" + name);
        return node;
    }

    /// <summary>Moves the references of a schema document that becomes a component under the component's place.</summary>
    public static void Rebase(JsonNode node, string place)
    {
        switch (node)
        {
            case JsonObject schema:
                if (schema["$ref"] is JsonValue reference && reference.GetValue<string>() is { } pointer && pointer.StartsWith("#/", StringComparison.Ordinal))
                {
                    schema["$ref"] = place + pointer[1..];
                }

                foreach (var (_, child) in schema)
                {
                    if (child is not null)
                    {
                        Rebase(child, place);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    if (item is not null)
                    {
                        Rebase(item, place);
                    }
                }

                break;
        }
    }

    /// <summary>The service's answer: the library's document with the service's decision ID (and rulebook) first.</summary>
    private static JsonObject WithDecisionId(JsonObject schema, bool rulebook)
    {
        var properties = schema["properties"]!.AsObject();
        var required = schema["required"] as JsonArray ?? [];
        schema["required"] = required;
        properties.Insert(0, "decisionId", new JsonObject { ["description"] = "This response's ID, as in the AllianceRules-Decision-Id header.", ["type"] = "string" });
        required.Insert(0, "decisionId");
        if (rulebook)
        {
            properties.Insert(1, "rulebook", new JsonObject { ["description"] = "The version of the rulebook that answered, as in the AllianceRules-Rulebook header.", ["type"] = "string" });
            required.Insert(1, "rulebook");
        }

        return schema;
    }

    /// <summary>
    /// The envelope of a search (<see cref="Endpoints.SearchRequest"/>): the scenario, what the search
    /// may not change, and for explain the question about it.
    /// </summary>
    private static JsonObject SearchRequestSchema(bool question)
    {
        var properties = new JsonObject
        {
            ["scenario"] = new JsonObject { ["$ref"] = "#/components/schemas/" + Scenario },
        };
        if (question)
        {
            properties["conclusion"] = new JsonObject
            {
                ["description"] = "key or key=value, a conclusion's key as GET rulebook's conclusions give their syntax: posture=Balance, commitments[United States]=credible, risks[AloneAtSea] (docs/explanations.md).",
                ["type"] = "string",
            };
        }

        properties["fix"] = new JsonObject
        {
            ["description"] = $"Inputs the {(question ? "why-not search" : "search")} must not change, as the changes print them (relation.level, powers[0].stance, offers[+]), a power by name (powers[United States].avoidsLandWar), an offer by FROM,KIND, or a whole part (relation, geography); a path that names nothing in the scenario is refused at $.fix[N] (docs/explanations.md, 'Held fixed').",
            ["type"] = "array",
            ["items"] = new JsonObject { ["type"] = "string" },
        };
        properties["varyThirdPartyGeography"] = new JsonObject
        {
            ["description"] = "Let the search add or remove a land border between a great power and the neighbour, held fixed by default (decision D33).",
            ["type"] = "boolean",
        };
        return new JsonObject
        {
            ["description"] = question
                ? "A scenario and a question about one of its conclusions."
                : "A scenario and what the search may not change; a bare scenario is the same with nothing named.",
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = question ? new JsonArray("scenario", "conclusion") : new JsonArray("scenario"),
            ["additionalProperties"] = false,
        };
    }

    private static OpenApiSchema Parse(string json, OpenApiDocument document)
    {
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        if (schema is null || diagnostic?.Errors.Count > 0)
        {
            throw new InvalidOperationException($"A schema of the service does not parse: {string.Join("; ", diagnostic?.Errors.Select(e => e.Message) ?? [])}");
        }

        return schema;
    }
}
