using System.Text;

namespace AllianceRules.Rendering;

/// <summary>Renders an <see cref="Assessment"/> as plain text for a console: each conclusion, its claims, and its justification as an indented tree.</summary>
public static class TextReport
{
    /// <summary>Renders the assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public static string Render(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var text = new StringBuilder();
        var scenario = assessment.Scenario;
        text.Append("Scenario: ").Append(scenario.Id ?? "(no id)");
        if (scenario.Title is not null)
        {
            text.Append(" - ").Append(scenario.Title);
        }

        if (scenario.Date is not null)
        {
            text.Append(" (").Append(scenario.Date).Append(')');
        }

        text.Append('\n').Append("Rulebook: ").Append(assessment.Rulebook).Append("\n\n");

        text.Append("Posture: ").Append(assessment.Posture.Value).Append(Claims(assessment.Posture.Claims)).Append('\n');
        AppendTree(text, assessment.Posture.Because, 1);

        if (assessment.Responses.Count > 0)
        {
            text.Append("\nResponses:\n");
            foreach (var response in assessment.Responses)
            {
                text.Append("  ").Append(response.From).Append(' ').Append(response.Kind).Append(": ")
                    .Append(response.Decision).Append(Claims(response.Claims)).Append('\n');
                AppendTree(text, response.Because, 2);
            }
        }

        return text.ToString();
    }

    internal static string Claims(IReadOnlyList<string> claims) =>
        claims.Count == 0 ? "" : $"  [{string.Join(", ", claims)}]";

    internal static void AppendTree(StringBuilder text, IReadOnlyList<Justification> because, int depth)
    {
        foreach (var justification in because)
        {
            text.Append(' ', depth * 2).Append("because ").Append(justification.Rule).Append(Claims(justification.Claims)).Append('\n');
            foreach (var fact in justification.Matched)
            {
                text.Append(' ', (depth + 1) * 2).Append("- ").Append(fact.Text).Append(fact.IsInput ? " (input)" : "").Append('\n');
                if (fact.Because is { } derived)
                {
                    AppendTree(text, derived, depth + 2);
                }
            }
        }
    }
}
