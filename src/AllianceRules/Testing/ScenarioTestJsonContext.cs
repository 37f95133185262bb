using System.Text.Json.Serialization;

namespace AllianceRules.Testing;

/// <summary>
/// The source-generated contract of scenario test files, with the options of the scenario
/// contract (camelCase, enums as strings, nothing unknown), since a test file holds scenarios.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(ScenarioTestFile))]
internal sealed partial class ScenarioTestJsonContext : JsonSerializerContext;
