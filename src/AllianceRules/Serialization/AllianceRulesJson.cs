using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace AllianceRules.Serialization;

/// <summary>
/// The type metadata every reader and writer uses: the source-generated contract, with output
/// meant for files and terminals rather than HTML, so apostrophes and dashes are written as
/// themselves rather than as \u escapes.
/// </summary>
internal static class AllianceRulesJson
{
    private static readonly JsonSerializerOptions Options = new(AllianceRulesJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static JsonTypeInfo<Scenario> Scenario { get; } = (JsonTypeInfo<Scenario>)Options.GetTypeInfo(typeof(Scenario));

    public static JsonTypeInfo<Assessment> Assessment { get; } = (JsonTypeInfo<Assessment>)Options.GetTypeInfo(typeof(Assessment));

    public static JsonTypeInfo<Counterfactuals.WhatIf> WhatIf { get; } =
        (JsonTypeInfo<Counterfactuals.WhatIf>)Options.GetTypeInfo(typeof(Counterfactuals.WhatIf));

    public static JsonTypeInfo<Theory.DecisionTable> DecisionTable { get; } =
        (JsonTypeInfo<Theory.DecisionTable>)Options.GetTypeInfo(typeof(Theory.DecisionTable));

    public static JsonTypeInfo<Backtesting.Scorecard> Scorecard { get; } =
        (JsonTypeInfo<Backtesting.Scorecard>)Options.GetTypeInfo(typeof(Backtesting.Scorecard));

    public static JsonTypeInfo<Explanations.Explanation> Explanation { get; } =
        (JsonTypeInfo<Explanations.Explanation>)Options.GetTypeInfo(typeof(Explanations.Explanation));
}
