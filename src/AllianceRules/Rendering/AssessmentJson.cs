using System.Text.Json;
using AllianceRules.Serialization;

namespace AllianceRules.Rendering;

/// <summary>Writes an <see cref="Assessment"/> in the assessment JSON format: the same assessment gives the same bytes.</summary>
public static class AssessmentJson
{
    /// <summary>Writes the assessment as indented JSON.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return JustificationGraph.Serialize(assessment, AllianceRulesJson.Assessment);
    }

    /// <summary>Writes a what-if exploration as indented JSON: <c>{ "flips": [ { "conclusion", "from", "to", "changes": [ { "field", "from", "to" } ] } ] }</c>.</summary>
    /// <param name="whatIf">The exploration.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Counterfactuals.WhatIf whatIf)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        return JsonSerializer.Serialize(whatIf, AllianceRulesJson.WhatIf);
    }

    /// <summary>Writes a decision table as indented JSON: <c>{ "rows": [ … ] }</c>.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Theory.DecisionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        return JsonSerializer.Serialize(table, AllianceRulesJson.DecisionTable);
    }

    /// <summary>Writes an explanation as indented JSON.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Explanations.Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        return JustificationGraph.Serialize(explanation, AllianceRulesJson.Explanation);
    }
}
