using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceRules.AspNetCore.Contracts;

/// <summary>
/// The type metadata of the service's own bodies, written as the library writes its documents:
/// apostrophes and dashes as themselves rather than \u escapes. The bodies are served as
/// <c>application/json</c> with <c>nosniff</c>, never as markup.
/// </summary>
internal static class WebJson
{
    private static readonly JsonSerializerOptions Options = new(WebJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonTypeInfo<string> String { get; } = Info<string>();

    public static JsonTypeInfo<ScenarioListResponse> ScenarioListResponse { get; } = Info<ScenarioListResponse>();

    public static JsonTypeInfo<ScenarioResponse> ScenarioResponse { get; } = Info<ScenarioResponse>();

    public static JsonTypeInfo<ClaimsResponse> ClaimsResponse { get; } = Info<ClaimsResponse>();

    public static JsonTypeInfo<RulebookResponse> RulebookResponse { get; } = Info<RulebookResponse>();

    public static JsonTypeInfo<BacktestResponse> BacktestResponse { get; } = Info<BacktestResponse>();

    private static JsonTypeInfo<T> Info<T>() => (JsonTypeInfo<T>)Options.GetTypeInfo(typeof(T));
}
