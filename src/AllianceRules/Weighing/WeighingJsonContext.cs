using System.Text.Json.Serialization;

namespace AllianceRules.Weighing;

/// <summary>The source-generated JSON of a weighing (<c>alliance-rules weigh --format json</c>): camelCase, indented, enums as strings.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(ReadingWeights))]
internal sealed partial class WeighingJsonContext : JsonSerializerContext;
