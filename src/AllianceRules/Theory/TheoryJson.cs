using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AllianceRules.Theory;

namespace AllianceRules.Theory;

/// <summary>The type metadata of theory exports, written as text for files rather than HTML (no \u escapes for apostrophes).</summary>
internal static class TheoryJson
{
    public static readonly JsonSerializerOptions Options = new(TheoryJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonTypeInfo<TheoryExport> Export { get; } = (JsonTypeInfo<TheoryExport>)Options.GetTypeInfo(typeof(TheoryExport));

    public static JsonTypeInfo<TheoryRow> Row { get; } = (JsonTypeInfo<TheoryRow>)Options.GetTypeInfo(typeof(TheoryRow));

    public static JsonTypeInfo<TheoryEpisode> Episode { get; } = (JsonTypeInfo<TheoryEpisode>)Options.GetTypeInfo(typeof(TheoryEpisode));

    public static JsonTypeInfo<Backtesting.Scorecard> Scorecard { get; } = (JsonTypeInfo<Backtesting.Scorecard>)Options.GetTypeInfo(typeof(Backtesting.Scorecard));

    public static JsonTypeInfo<string> String { get; } = (JsonTypeInfo<string>)Options.GetTypeInfo(typeof(string));
}
