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

        AppendBacktest(md, diff);
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

    private static void AppendBacktest(StringBuilder md, TheoryDiff diff)
    {
        md.Append("## Backtest\n\n");
        if (diff.BacktestBefore is not { } before || diff.BacktestAfter is not { } after)
        {
            md.Append("Not scored: a rule set failed on a built-in episode (see the scenarios below).\n\n");
            return;
        }

        foreach (var (b, a) in before.Sets.Zip(after.Sets))
        {
            md.Append("- ").Append(b.Name).Append(": ").Append(b.Matched).Append(" of ").Append(b.Episodes.Count).Append(" match → ")
                .Append(a.Matched).Append(" of ").Append(a.Episodes.Count).Append('\n');
        }

        var episodes = before.Sets.SelectMany(s => s.Episodes).Zip(after.Sets.SelectMany(s => s.Episodes))
            .Where(pair => pair.First.Matches != pair.Second.Matches)
            .ToArray();
        md.Append('\n');
        if (episodes.Length == 0)
        {
            md.Append("No episode turns from match to miss or back.\n\n");
            return;
        }

        md.Append("| episode | before | after |\n|---|---|---|\n");
        foreach (var (b, a) in episodes)
        {
            md.Append("| `").Append(b.Scenario).Append("` | ").Append(b.Matches ? "match" : "miss").Append(" | **").Append(a.Matches ? "match" : "miss").Append("** |\n");
        }

        md.Append('\n');
    }
}
