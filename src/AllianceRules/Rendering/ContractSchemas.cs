using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using AllianceRules.Conclusions;
using AllianceRules.Serialization;
#if NET9_0_OR_GREATER
using System.Text.Encodings.Web;
using System.Text.Json.Schema;
#endif

namespace AllianceRules.Rendering;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the library's JSON contracts, generated from the C# types
/// that read and write them: editors and services (the web package's OpenAPI document) take them
/// from here, and <c>docs/*.schema.json</c> are the same files.
/// </summary>
/// <remarks>
/// The generator is <c>System.Text.Json.Schema.JsonSchemaExporter</c> over the source-generated
/// contract, which exists from .NET 9 on. The library also targets .NET 8, so the schemas are not
/// generated where they are read: the tests generate them on .NET 10, hold <c>docs/</c> to them, and
/// the package embeds those files, so both targets give the same bytes.
/// </remarks>
public static class ContractSchemas
{
    /// <summary>The scenario, the input of an assessment (<c>docs/scenario.schema.json</c>).</summary>
    public static string Scenario => Embedded(Contract.Scenario);

    /// <summary>The assessment document (<c>docs/assessment.schema.json</c>): justifications as a graph, their facts in one table.</summary>
    public static string Assessment => Embedded(Contract.Assessment);

    /// <summary>A scenario test file, <c>*.test.json</c> (<c>docs/scenario-test.schema.json</c>).</summary>
    public static string ScenarioTest => Embedded(Contract.ScenarioTest);

    /// <summary>The explanation of one conclusion (<c>docs/explanation.schema.json</c>): justifications as a graph, as in the assessment.</summary>
    public static string Explanation => Embedded(Contract.Explanation);

    /// <summary>The what-if of a scenario (<c>docs/what-if.schema.json</c>).</summary>
    public static string WhatIf => Embedded(Contract.WhatIf);

    /// <summary>The contracts with a schema file, and the catalogues the theory's data files follow.</summary>
    internal enum Contract
    {
        Scenario,
        Assessment,
        ScenarioTest,
        Explanation,
        WhatIf,
        Claims,
        Decisions,
    }

    /// <summary>The file in the repository (and the package's resource) that holds a contract's schema.</summary>
    internal static string FileOf(Contract contract) => contract switch
    {
        Contract.ScenarioTest => "scenario-test.schema.json",
        Contract.WhatIf => "what-if.schema.json",
        _ => contract.ToString().ToLowerInvariant() + ".schema.json",
    };

    private static string Embedded(Contract contract)
    {
        using var stream = typeof(ContractSchemas).Assembly.GetManifestResourceStream("AllianceRules.Schemas." + FileOf(contract))
            ?? throw new InvalidOperationException($"The package holds no {FileOf(contract)}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

#if NET9_0_OR_GREATER
    /// <summary>How one contract's schema is made.</summary>
    /// <param name="Title">The document's title.</param>
    /// <param name="Description">The document's description, or null for the XML documentation of its type.</param>
    /// <param name="Type">The contract's type metadata.</param>
    /// <param name="Described">Whether each property and type carries its XML documentation.</param>
    /// <param name="Graph">Whether the document writes justifications as a graph (<see cref="JustificationGraph"/>).</param>
    private sealed record Spec(string Title, string? Description, Func<JsonTypeInfo> Type, bool Described, bool Graph);

    private static Spec SpecOf(Contract contract) => contract switch
    {
        Contract.Scenario => new(
            "AllianceRules scenario",
            "The input of an assessment (docs/scenario-format.md). Generated from the C# types by ContractSchemas; the reader also checks what a schema cannot (see the validation catalogue).",
            () => AllianceRulesJson.Scenario,
            Described: true,
            Graph: false),
        Contract.Assessment => new("AllianceRules assessment, format " + AllianceRules.Assessment.CurrentFormat, null, () => AllianceRulesJson.Assessment, Described: true, Graph: true),
        Contract.Explanation => new("AllianceRules explanation", null, () => AllianceRulesJson.Explanation, Described: true, Graph: true),
        Contract.WhatIf => new("AllianceRules what-if", null, () => AllianceRulesJson.WhatIf, Described: true, Graph: false),
        Contract.ScenarioTest => new(
            "AllianceRules scenario test file",
            "A *.test.json file of cases, each a scenario and the conclusions expected of it (docs/testing-the-theory.md). Generated from the C# types by ContractSchemas; the reader also checks what a schema cannot: conclusion keys, their values, list items, claims, rules, built-in IDs, and one scenario per case.",
            () => Testing.ScenarioTestJsonContext.Default.ScenarioTestFile,
            Described: false,
            Graph: false),
        Contract.Claims => new(
            "AllianceRules claim catalogue",
            "The article's claims (src/AllianceRules/Claims/claims.json), read by ClaimCatalogue. Generated from the C# record by ContractSchemas.",
            () => Catalogue<IReadOnlyList<Claims.Claim>>(),
            Described: false,
            Graph: false),
        Contract.Decisions => new(
            "AllianceRules decision catalogue",
            "The project's interpretive decisions (src/AllianceRules/Claims/decisions.json), read by DecisionCatalogue. Generated from the C# record by ContractSchemas.",
            () => Catalogue<IReadOnlyList<Claims.InterpretiveDecision>>(),
            Described: false,
            Graph: false),
        _ => throw new ArgumentOutOfRangeException(nameof(contract)),
    };

    // The catalogues' records are positional: every constructor parameter is required in the file.
    private static JsonTypeInfo Catalogue<T>() =>
        new JsonSerializerOptions(Claims.CatalogueJsonContext.Default.Options) { RespectRequiredConstructorParameters = true }.GetTypeInfo(typeof(T));

    /// <summary>
    /// Generates a contract's schema document from its types, as <c>docs/</c> holds it. Generic over
    /// the types: a property or node kind added to a contract's types (or to a justification's) is
    /// in the schema without a change here.
    /// </summary>
    /// <param name="contract">The contract.</param>
    /// <param name="describeProperty">The documentation of a property (its XML summary), or null.</param>
    /// <param name="describeType">The documentation of a type, or null.</param>
    /// <returns>The document, indented, with a final newline.</returns>
    internal static string Generate(Contract contract, Func<PropertyInfo, string?> describeProperty, Func<Type, string?> describeType)
    {
        var spec = SpecOf(contract);
        var exporter = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                // A key has a converter of its own, which the exporter cannot see into: it is written as its text.
                node = context.TypeInfo.Type == typeof(ConclusionKey) ? new JsonObject { ["type"] = "string" } : NeverNull(node);
                if (context.PropertyInfo?.CustomConverter is WholeNumberConverter)
                {
                    // A whole number read however it is written: the integer it is.
                    node = new JsonObject { ["type"] = "integer" };
                }

                if (context.TypeInfo.Type != typeof(string) && typeof(IEnumerable<ConclusionKey>).IsAssignableFrom(context.TypeInfo.Type) && node is JsonObject keys)
                {
                    // A list of keys: the exporter cannot see into their converter either.
                    keys["items"] = new JsonObject { ["type"] = "string" };
                }

                if (!spec.Described)
                {
                    return node;
                }

                node = Described(context, OmittedWhenNull(context, node), describeProperty, describeType);
                return spec.Graph && context.TypeInfo.Type == typeof(Justification) ? AsGraphNode(node) : node;
            },
        };
        var schema = spec.Type().GetJsonSchemaAsNode(exporter).AsObject();
        if (spec.Graph)
        {
            // Written as a graph, a justification no longer holds itself (its facts are IDs), so the
            // exporter's references to it, made for the recursive types, are written out in place.
            schema = Inlined(schema, schema).AsObject();

            // The graph's table: each matched fact once, as its type is written, with the ID justifications name it by.
            var factType = spec.Type().Options.GetTypeInfo(typeof(MatchedFact));
            var generated = factType.GetJsonSchemaAsNode(exporter).AsObject();
            var fact = Rebased(Inlined(generated, generated), "#/properties/facts/items").AsObject();
            foreach (var derived in factType.Properties.Where(p => p.Set is null))
            {
                // The table holds what a fact is made of; what is computed from it (IsInput) is not written.
                fact["properties"]!.AsObject().Remove(derived.Name);
            }

            fact["properties"]!.AsObject().Insert(0, "id", FactId());
            if (fact["required"] is not JsonArray required)
            {
                fact["required"] = required = [];
            }

            required.Insert(0, "id");
            schema["properties"]!.AsObject()["facts"] = new JsonObject
            {
                ["description"] = "Every fact a rule matched, once: input facts with their words, derived facts with the firings that drew them.",
                ["type"] = "array",
                ["items"] = fact,
            };
        }

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = spec.Title,
        };
        if (spec.Description is not null)
        {
            document["description"] = spec.Description;
        }

        foreach (var (name, value) in schema)
        {
            // The type's own description, where it has one, says more than the document's.
            document[name] = value?.DeepClone();
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonObject FactId() => new() { ["type"] = "string", ["pattern"] = "^f[0-9]+$" };

    /// <summary>A justification as the graph writes it: the facts it matched by their IDs in the table.</summary>
    private static JsonNode AsGraphNode(JsonNode node)
    {
        if (node is JsonObject { } schema && schema["properties"] is JsonObject properties && properties["matched"] is JsonObject matched)
        {
            matched["items"] = FactId();
        }

        return node;
    }

    /// <summary>
    /// The node with every <c>$ref</c> replaced by a copy of what it points at, except where the
    /// reference is a true recursion (it points at a node it sits within, as an absent condition's
    /// checked rules hold absent conditions): the exporter refers to the first place a type of a
    /// cycle appears, which the graph form may have cut out of the cycle.
    /// </summary>
    private static JsonNode Inlined(JsonNode node, JsonObject root, string origin = "#")
    {
        switch (node)
        {
            case JsonObject { } reference when reference["$ref"] is JsonValue value && value.GetValue<string>() is { } pointer && pointer.StartsWith("#/", StringComparison.Ordinal):
                if (origin == pointer || origin.StartsWith(pointer + "/", StringComparison.Ordinal))
                {
                    return reference.DeepClone();
                }

                JsonNode? target = root;
                foreach (var step in pointer[2..].Split('/').Select(s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)))
                {
                    target = target is JsonArray array ? array[int.Parse(step, System.Globalization.CultureInfo.InvariantCulture)] : target?[step];
                }

                return Inlined(target ?? throw new InvalidOperationException($"The schema's {pointer} points at nothing."), root, pointer);
            case JsonObject { } schema:
                var copy = new JsonObject();
                foreach (var (name, child) in schema)
                {
                    copy[name] = child is null ? null : Inlined(child, root, origin + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal));
                }

                return copy;
            case JsonArray { } items:
                return new JsonArray([.. items.Select((item, i) => item is null ? null : Inlined(item, root, origin + "/" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))]);
            default:
                return node.DeepClone();
        }
    }

    /// <summary>The node with the references of a schema that becomes part of another moved under its new place.</summary>
    private static JsonNode Rebased(JsonNode node, string place)
    {
        foreach (var reference in Descendants(node).OfType<JsonObject>().Where(o => o["$ref"] is JsonValue))
        {
            var pointer = reference["$ref"]!.GetValue<string>();
            if (pointer.StartsWith("#/", StringComparison.Ordinal) || pointer == "#")
            {
                reference["$ref"] = place + pointer[1..];
            }
        }

        return node;
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node) =>
        node switch
        {
            JsonObject o => o.Select(p => p.Value).OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            JsonArray a => a.OfType<JsonNode>().SelectMany(Descendants).Prepend(node),
            _ => [node],
        };

    /// <summary>The readers refuse <c>null</c> everywhere (omit the property instead), so a schema allows it nowhere.</summary>
    private static JsonNode NeverNull(JsonNode node)
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

    /// <summary>A member that may be null is left out of the JSON when it is (WhenWritingNull), and a list marked <see cref="OmittedWhenEmptyAttribute"/> when it is empty, so neither can be required.</summary>
    private static JsonNode OmittedWhenNull(JsonSchemaExporterContext context, JsonNode node)
    {
        // An object type's node, whether reached as a list's item or as a property's value (the
        // assessment's scenario summary, whose members are all optional).
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Object && node is JsonObject schema && schema["required"] is JsonArray required)
        {
            foreach (var property in context.TypeInfo.Properties.Where(p => p.IsGetNullable || (p.AttributeProvider as PropertyInfo)?.GetCustomAttribute<OmittedWhenEmptyAttribute>() is not null))
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

    /// <summary>Adds the documentation of the property or type a schema node stands for, so editors show it.</summary>
    private static JsonNode Described(JsonSchemaExporterContext context, JsonNode node, Func<PropertyInfo, string?> describeProperty, Func<Type, string?> describeType)
    {
        var description = context.PropertyInfo?.AttributeProvider is PropertyInfo property
            ? describeProperty(property)
            : context.PropertyInfo is null && context.TypeInfo.Type.Namespace?.StartsWith("AllianceRules", StringComparison.Ordinal) == true ? describeType(context.TypeInfo.Type) : null;
        if (description is not null && node is JsonObject schema && !schema.ContainsKey("description"))
        {
            schema.Insert(0, "description", description);
        }

        return node;
    }
#endif
}
