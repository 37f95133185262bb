using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace AllianceRules.Tests.Support;

/// <summary>
/// Checks a JSON document against the subset of JSON Schema the generated schemas use (type,
/// properties, required, additionalProperties, items, enum, pattern, $ref to the root), so that a
/// generated schema is held to the documents the code writes.
/// </summary>
internal static class SchemaCheck
{
    public static IReadOnlyList<string> Problems(JsonObject schema, JsonNode? value, string path)
    {
        var problems = new List<string>();
        Check(schema, schema, value, path, problems);
        return problems;
    }

    private static void Check(JsonObject root, JsonNode? schemaNode, JsonNode? value, string path, List<string> problems)
    {
        if (schemaNode is not JsonObject schema)
        {
            return;
        }

        if (schema["$ref"] is JsonValue reference && (string?)reference == "#")
        {
            Check(root, root, value, path, problems);
            return;
        }

        if (schema["type"] is { } type && !Types(type).Contains(KindOf(value)))
        {
            problems.Add($"{path}: is {KindOf(value)}, the schema says {type.ToJsonString()}");
            return;
        }

        if (schema["enum"] is JsonArray choices && !choices.Any(c => JsonNode.DeepEquals(c, value)))
        {
            problems.Add($"{path}: {value?.ToJsonString()} is not among {choices.ToJsonString()}");
        }

        if (schema["pattern"] is JsonValue pattern && value is JsonValue text && text.GetValueKind() == JsonValueKind.String
            && !Regex.IsMatch((string)text!, (string)pattern!, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            problems.Add($"{path}: '{text}' does not match {pattern}");
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject ?? [];
            foreach (var (name, member) in obj)
            {
                if (properties[name] is { } propertySchema)
                {
                    Check(root, propertySchema, member, $"{path}.{name}", problems);
                }
                else if (schema["additionalProperties"] is JsonValue additional && !(bool)additional)
                {
                    problems.Add($"{path}.{name}: not in the schema");
                }
            }

            foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => (string)r!))
            {
                if (!obj.ContainsKey(required))
                {
                    problems.Add($"{path}.{required}: required by the schema, missing");
                }
            }
        }

        if (value is JsonArray array && schema["items"] is { } items)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(root, items, array[i], string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), problems);
            }
        }
    }

    private static string[] Types(JsonNode type) =>
        type is JsonArray many ? [.. many.Select(t => (string)t!)] : [(string)type!];

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.Number => v.ToJsonString().Contains('.', StringComparison.Ordinal) ? "number" : "integer",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            _ => "null",
        },
        _ => "unknown",
    };
}
