using System.Globalization;
using System.Text;
using AllianceRules.Backtesting;
using AllianceRules.Claims;

namespace AllianceRules.Rendering;

/// <summary>Renders the backtest scorecard: one line (or row) per episode and field, each miss with what drew it, a score per set.</summary>
public static class ScorecardReport
{
    /// <summary>Renders the scorecard as plain text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The text.</returns>
    public static string RenderText(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var text = new StringBuilder();
        text.Append("Backtest of rulebook ").Append(scorecard.Rulebook).Append(" against the record\n");
        var width = scorecard.Sets.SelectMany(s => s.Episodes).Concat(scorecard.Unrecorded).Select(e => e.Scenario.Length).DefaultIfEmpty(0).Max();
        foreach (var set in scorecard.Sets)
        {
            text.Append('\n').Append(set.Name).Append(" (").Append(set.Description).Append("):\n");
            foreach (var episode in set.Episodes)
            {
                var comparisons = episode.Backtest!.Comparisons;
                text.Append("  ").Append(episode.Scenario.PadRight(width)).Append(episode.Matches ? "  match  " : "  MISS   ")
                    .Append(string.Join("; ", comparisons.Select(c => $"{c.Field} {c.Predicted} {(c.Matches ? "=" : "!=")} {c.Observed}"))).Append('\n');
                foreach (var miss in comparisons.Where(c => !c.Matches))
                {
                    text.Append("  ").Append(' ', width + 9).Append("miss: ").Append(miss.Field).Append(" predicted ").Append(miss.Predicted)
                        .Append(", observed ").Append(miss.Observed).Append(", drawn by ").Append(DrawnBy(miss, claims => ClaimText.WithParagraphs(claims))).Append('\n');
                }
            }

            text.Append("  score: ").Append(Score(set)).Append('\n');
        }

        if (scorecard.Unrecorded.Count > 0)
        {
            text.Append("\nNo record to compare: ")
                .Append(string.Join(", ", scorecard.Unrecorded.Select(e => $"{e.Scenario} (predicted posture {e.Posture})"))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Renders the scorecard as Markdown: a table per set, then each miss with the rules, claims and decisions behind it.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var md = new StringBuilder();
        md.Append("Rulebook ").Append(scorecard.Rulebook).Append(": ")
            .Append(string.Join("; ", scorecard.Sets.Select(s => $"{s.Name.ToLowerInvariant()}: {Score(s)}"))).Append(".\n");
        foreach (var set in scorecard.Sets)
        {
            md.Append("\n### ").Append(set.Name).Append(" (").Append(Score(set)).Append(")\n\n");
            md.Append(char.ToUpperInvariant(set.Description[0])).Append(set.Description[1..]).Append(".\n\n");
            md.Append("| episode | date | field | predicted | observed | result | drawn by |\n|---|---|---|---|---|---|---|\n");
            foreach (var episode in set.Episodes)
            {
                foreach (var c in episode.Backtest!.Comparisons)
                {
                    md.Append("| ").Append(MarkdownReport.Code(episode.Scenario)).Append(" | ").Append(MarkdownReport.Escape(episode.Date ?? "—")).Append(" | ")
                        .Append(MarkdownReport.Code(c.Field)).Append(" | ").Append(MarkdownReport.Escape(c.Predicted)).Append(" | ").Append(MarkdownReport.Escape(c.Observed))
                        .Append(" | ").Append(c.Matches ? "match" : "**miss**").Append(" | ")
                        .Append(DrawnBy(c, claims => ClaimText.WithParagraphs(claims), MarkdownReport.Code)).Append(" |\n");
                }
            }
        }

        if (scorecard.Unrecorded.Count > 0)
        {
            md.Append("\nNo record to compare: ")
                .Append(string.Join(", ", scorecard.Unrecorded.Select(e => $"{MarkdownReport.Code(e.Scenario)} (predicted posture {e.Posture})"))).Append(".\n");
        }

        return md.ToString();
    }

    private static string Score(ScorecardSet set) =>
        string.Create(CultureInfo.InvariantCulture, $"{set.Matched} of {set.Episodes.Count} match");

    private static string DrawnBy(BacktestComparison c, Func<IReadOnlyList<string>, string> claims, Func<string, string>? rule = null)
    {
        if (c.Rules.Count == 0)
        {
            return "no rule";
        }

        var text = string.Join(", ", c.Rules.Select(rule ?? (r => r)));
        if (c.Claims.Count > 0)
        {
            text += $" [{claims(c.Claims)}]";
        }

        return c.Decisions.Count == 0 ? text : text + $" (inferred: {string.Join(", ", c.Decisions)})";
    }
}
