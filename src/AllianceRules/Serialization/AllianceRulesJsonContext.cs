using System.Text.Json.Serialization;

namespace AllianceRules.Serialization;

/// <summary>The source-generated JSON contract for scenarios and assessments (camelCase, enums as strings).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(Scenario))]
[JsonSerializable(typeof(Assessment))]
[JsonSerializable(typeof(IReadOnlyList<AllianceRules.Conclusions.Justification>))]
[JsonSerializable(typeof(AllianceRules.Explanations.Explanation))]
[JsonSerializable(typeof(AllianceRules.Counterfactuals.WhatIf))]
[JsonSerializable(typeof(AllianceRules.Theory.DecisionTable))]
[JsonSerializable(typeof(AllianceRules.Backtesting.Scorecard))]
internal sealed partial class AllianceRulesJsonContext : JsonSerializerContext;
