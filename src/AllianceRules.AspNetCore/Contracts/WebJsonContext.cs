using System.Text.Json.Serialization;

namespace AllianceRules.AspNetCore.Contracts;

/// <summary>The service's own bodies, in the library's conventions: camelCase, enums as names, nulls left out, indented.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(ScenarioListResponse))]
[JsonSerializable(typeof(ScenarioResponse))]
[JsonSerializable(typeof(ClaimsResponse))]
[JsonSerializable(typeof(RulebookResponse))]
[JsonSerializable(typeof(BacktestResponse))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
