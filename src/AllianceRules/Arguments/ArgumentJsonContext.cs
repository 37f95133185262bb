using System.Text.Json.Serialization;

namespace AllianceRules.Arguments;

/// <summary>The source-generated JSON of an argument map and of its AIF form: camelCase (AIF's own names are set on its records), indented, enums as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ArgumentMap))]
[JsonSerializable(typeof(AifDocument))]
internal sealed partial class ArgumentJsonContext : JsonSerializerContext;

/// <summary>An argument in the Argument Interchange Format's JSON (as AIFdb exchanges it): nodes, edges, no locutions.</summary>
internal sealed record AifDocument(
    [property: JsonPropertyName("nodes")] IReadOnlyList<AifNode> Nodes,
    [property: JsonPropertyName("edges")] IReadOnlyList<AifEdge> Edges,
    [property: JsonPropertyName("locutions")] IReadOnlyList<string> Locutions);

/// <summary>An AIF node: I (a statement), RA (an inference), CA (a conflict).</summary>
internal sealed record AifNode(
    [property: JsonPropertyName("nodeID")] string NodeId,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("type")] string Type);

/// <summary>An AIF edge, from one node to another.</summary>
internal sealed record AifEdge(
    [property: JsonPropertyName("edgeID")] string EdgeId,
    [property: JsonPropertyName("fromID")] string FromId,
    [property: JsonPropertyName("toID")] string ToId);
