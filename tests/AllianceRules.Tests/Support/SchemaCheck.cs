using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace AllianceRules.Tests.Support;

/// <summary>
/// Checks a JSON document against a JSON Schema (draft 2020-12) with JsonSchema.Net, so that a
/// generated schema is held to the documents the code writes and the data files the package embeds.
/// JsonSchema.Net 8, not 9: version 9 changed its licence.
/// </summary>
internal static class SchemaCheck
{
    /// <summary>Every way <paramref name="value"/> breaks <paramref name="schema"/>, as "JSON pointer: problem"; empty when it conforms.</summary>
    public static IReadOnlyList<string> Problems(JsonNode schema, JsonNode? value)
    {
        // A registry of its own per check: schemas here have no $id, and the global one would keep every one ever built.
        var compiled = JsonSchema.FromText(schema.ToJsonString(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var instance = JsonDocument.Parse(value?.ToJsonString() ?? "null");
        var results = compiled.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        var problems = (results.Details ?? [results])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value} ({e.Key})"))
            .Order(StringComparer.Ordinal)
            .ToArray();
        return problems.Length > 0 ? problems : ["/: does not conform (the evaluator gave no detail)"];
    }

    /// <summary>Reads a schema file of the repository, such as <c>docs/scenario.schema.json</c>.</summary>
    public static JsonNode Schema(string relativePath) => JsonNode.Parse(RepositoryFiles.Read(relativePath))!;
}
