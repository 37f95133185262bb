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

    /// <summary>
    /// Reads an assessment back from the JSON <see cref="Serialize(Assessment)"/> wrote: writing what it
    /// reads gives the same bytes. What the JSON does not hold is not restored: a justification's
    /// rule description, the backtest's matched fields (<see cref="Backtesting.Backtest.Comparisons"/>)
    /// and the link to an assessor (so the result cannot be explained again; assess its scenario).
    /// </summary>
    /// <param name="json">An assessment document, format <see cref="Assessment.CurrentFormat"/>.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="JsonException">The text is not an assessment document of this format.</exception>
    public static Assessment Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var assessment = JustificationGraph.Deserialize(json, AllianceRulesJson.Assessment);
        if (assessment.Format != Assessment.CurrentFormat)
        {
            throw new JsonException($"The document is in format {Scenarios.Names.Quote(assessment.Format)}; this version reads '{Assessment.CurrentFormat}'.");
        }

        // A gap names its power through the commitment that holds it, not in the JSON.
        return assessment with
        {
            Commitments = [.. assessment.Commitments.Select(c => c with { Gaps = [.. c.Gaps.Select(g => g with { Power = c.Power })] })],
        };
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
