using System.Text.Json.Serialization;

namespace AllianceRules.Claims;

/// <summary>
/// The shape of the claim and decision catalogues' data files (<c>Claims/claims.json</c>,
/// <c>Claims/decisions.json</c>): the records' own fields in camelCase, enums by name, nothing
/// unknown accepted. It lives beside the catalogues so that Claims depends on no other layer.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(IReadOnlyList<Claim>))]
[JsonSerializable(typeof(IReadOnlyList<InterpretiveDecision>))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
