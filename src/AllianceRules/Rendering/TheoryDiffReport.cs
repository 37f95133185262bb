using System.Text;
using AllianceRules.Theory;

namespace AllianceRules.Rendering;

/// <summary>Renders a <see cref="TheoryDiff"/> as Markdown for a pull-request comment.</summary>
public static class TheoryDiffReport
{
    /// <summary>Renders the diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="title">What is compared, for the heading.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(TheoryDiff diff, string title)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(title);
        var md = new StringBuilder();
        md.Append("# Theory diff: ").Append(MarkdownReport.Escape(title)).Append("\n\n");
        md.Append(diff.Rows.Count).Append(" of ").Append(diff.TableRows).Append(" decision-table rows change; ")
            .Append(diff.Conclusions.Count).Append(" conclusions of built-in scenarios change.\n\n");

        md.Append("## Decision table\n\n");
        if (diff.Rows.Count == 0)
        {
            md.Append("No row changes.\n\n");
        }
        else
        {
            md.Append("| level | settlementFailed | stance | resolve | landBorder | avoidsLandWar | offer | domains | aid | posture | response | commitment | outlook | risks |\n");
            md.Append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var change in diff.Rows)
            {
                var before = DecisionTableReport.Cells(change.Before);
                var after = DecisionTableReport.Cells(change.After);
                var cells = before.Select((cell, i) => i < 9 || cell == after[i] ? cell : $"{cell} → **{after[i]}**");
                md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
            }

            md.Append('\n');
        }

        md.Append("## Built-in scenarios\n\n");
        if (diff.Conclusions.Count == 0)
        {
            md.Append("No conclusion changes.\n");
        }
        else
        {
            md.Append("| scenario | conclusion | before | after |\n|---|---|---|---|\n");
            foreach (var change in diff.Conclusions)
            {
                md.Append("| `").Append(change.Scenario).Append("` | `").Append(change.Conclusion).Append("` | ")
                    .Append(change.Before).Append(" | **").Append(change.After).Append("** |\n");
            }
        }

        return md.ToString();
    }
}
