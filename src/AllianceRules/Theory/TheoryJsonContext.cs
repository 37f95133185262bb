using System.Text.Json.Serialization;

namespace AllianceRules.Theory;

/// <summary>
/// The source-generated JSON of theory exports: compact (a line per row is written by hand),
/// camelCase, enums as strings. Reading one back, a property the export does not have is an error
/// (an export edited by hand, or of another version, must not be compared as if it were whole).
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(AllianceRules.Theory.TheoryExport))]
[JsonSerializable(typeof(AllianceRules.Theory.TheoryRow))]
[JsonSerializable(typeof(AllianceRules.Theory.TheoryEpisode))]
[JsonSerializable(typeof(AllianceRules.Backtesting.Scorecard))]
[JsonSerializable(typeof(string))]
internal sealed partial class TheoryJsonContext : JsonSerializerContext;
