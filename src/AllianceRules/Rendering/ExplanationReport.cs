using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Explanations;

namespace AllianceRules.Rendering;

/// <summary>Renders an <see cref="Explanation"/> as plain text: the question, what was drawn and why, and for a why-not what stands in the way and what would change it.</summary>
public static class ExplanationReport
{
    /// <summary>Renders the explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string Render(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var text = new StringBuilder();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var subject = $"{explanation.Conclusion} = {explanation.Asked}";
        if (explanation.IsDrawn)
        {
            text.Append("Why ").Append(subject).Append("?\n");
            TextReport.AppendTree(text, explanation.Because, 1, explained);
            return text.ToString();
        }

        text.Append("Why not ").Append(subject).Append("?\n");
        text.Append("The rules drew ").Append(explanation.Conclusion).Append(" = ").Append(explanation.Actual);
        if (explanation.Because.Count == 0)
        {
            text.Append(explanation.Actual == ConclusionMap.Absent ? ": no rule drew it.\n" : ".\n");
        }
        else
        {
            text.Append(":\n");
            TextReport.AppendTree(text, explanation.Because, 1, explained);
        }

        if (explanation.Obstacles.Count > 0)
        {
            text.Append("\nWhat stands in the way:\n");
            foreach (var obstacle in explanation.Obstacles)
            {
                text.Append("  ").Append(obstacle.Name).Append(TextReport.Claims(obstacle.Claims)).Append('\n');
                TextReport.AppendTree(text, obstacle.Because, 2, explained);
                AppendRemedies(text, obstacle.Remedies, 2, "closed by any of these changes", "no change of one or two inputs closes it");
            }
        }

        text.Append('\n');
        AppendRemedies(
            text,
            explanation.Remedies,
            0,
            $"{explanation.Asked} would be drawn after any of these changes",
            explanation.Obstacles.Count > 0
                ? $"No change of one or two inputs draws {explanation.Asked}: each obstacle above must be removed."
                : $"No change of one or two inputs draws {explanation.Asked}.");
        return text.ToString();
    }

    private static void AppendRemedies(StringBuilder text, IReadOnlyList<Remedy> remedies, int depth, string lead, string none)
    {
        var indent = new string(' ', depth * 2);
        if (remedies.Count == 0)
        {
            text.Append(indent).Append(none).Append('\n');
            return;
        }

        text.Append(indent).Append(lead).Append(":\n");
        foreach (var remedy in remedies)
        {
            text.Append(indent).Append("  - ").Append(string.Join("; ", remedy.Changes)).Append('\n');
            if (remedy.Rules.Count > 0)
            {
                text.Append(indent).Append("    drawn by ").Append(string.Join(", ", remedy.Rules)).Append(TextReport.Claims(remedy.Claims)).Append('\n');
            }
        }
    }
}
