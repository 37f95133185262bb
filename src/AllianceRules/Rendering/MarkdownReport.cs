using System.Text;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Rendering;

/// <summary>
/// Renders an <see cref="Assessment"/> as Markdown for people and pull-request review: a summary
/// first; then the posture, responses, needs, commitments, risks, outlook and advice as tables
/// with their claims; then a Mermaid flowchart from the input facts through the rules to the
/// conclusions, which renders on GitHub.
/// </summary>
public static class MarkdownReport
{
    /// <summary>Renders the assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public static string Render(Assessment assessment) => Render(assessment, claimText: true);

    /// <summary>Renders the assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="claimText">Whether to list every cited claim's paraphrase and hedge ("Claims cited"); false keeps the IDs alone.</param>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public static string Render(Assessment assessment, bool claimText)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var md = new StringBuilder();
        var scenario = assessment.Scenario;
        md.Append("# ").Append(Escape(scenario.Title ?? scenario.Id ?? "Assessment")).Append("\n\n");
        md.Append(string.Join(" · ", new[]
        {
            scenario.Id is null ? null : $"Scenario {Code(scenario.Id)}",
            scenario.Date is null ? null : $"date {Escape(scenario.Date)}",
            $"rulebook {assessment.Rulebook}",
        }.Where(part => part is not null))).Append("\n\n");

        if (assessment.Warnings.Count > 0)
        {
            md.Append("**Warnings** (valid but odd input; no conclusion changes):\n\n");
            foreach (var warning in assessment.Warnings)
            {
                md.Append("- ").Append(warning.Id).Append(' ').Append(Code(warning.Path)).Append(": ").Append(Escape(warning.Message)).Append('\n');
            }

            md.Append('\n');
        }

        AppendSummary(md, assessment);

        var findings = assessment.Findings;
        foreach (var section in Assessment.Sections)
        {
            string[] headers = [.. section.Columns, "claims", .. section.ListsRules ? new[] { "drawn by" } : []];
            Table(md, section.TableTitle, headers, findings.Where(f => f.Key.Kind == section.Kind).Select(finding =>
            {
                var cells = section.Cells(finding).Select(lines => string.Join("<br>", lines.Select(Escape))).Append(Sources(finding.Claims, finding.Decisions, finding.Hedges));
                var drawnBy = finding is ResponseFinding { Silence: { } silence } ? $"— (the article is silent: {Escape(silence)})" : Rules(finding.Because);
                return (section.ListsRules ? cells.Append(drawnBy) : cells).ToArray();
            }));
        }

        if (assessment.Backtest is { } backtest)
        {
            md.Append("## Backtest\n\n");
            md.Append("The prediction ").Append(ScorecardReport.Verdict(backtest)).Append(backtest.Misses.Count > 0 ? ":\n\n" : ".\n\n");
            if (backtest.Misses.Count > 0)
            {
                Table(md, null, ["field", "predicted", "observed"], backtest.Misses.Select(m => new[] { Code(m.Field), Escape(m.Predicted), Escape(m.Observed) }));
            }

            if (backtest.Abstentions.Count > 0)
            {
                md.Append("The rulebook is silent on ").Append(string.Join(", ", backtest.Abstentions.Select(Code))).Append(": abstentions, not misses.\n\n");
            }
        }

        if (claimText)
        {
            md.Append("## Claims cited\n\n");
            foreach (var line in TextReport.CitedClaims(assessment))
            {
                md.Append("- ").Append(Escape(line)).Append('\n');
            }

            md.Append('\n');
        }

        md.Append("## How the conclusions were drawn\n\n");
        md.Append("Input facts (rectangles) feed the rules that matched them (rounded); each rule draws a derived fact or a conclusion (hexagons).\n\n");
        md.Append("```mermaid\n").Append(MermaidFlowchart.Render(assessment)).Append("```\n");
        return md.ToString();
    }

    private static void AppendSummary(StringBuilder md, Assessment assessment)
    {
        md.Append("## Summary\n\n");
        var findings = assessment.Findings;
        foreach (var section in Assessment.Sections.Where(s => s.SummaryLabel is not null))
        {
            var listed = findings.Where(f => f.Key.Kind == section.Kind).ToList();
            if (listed.Count == 0 && section.SummaryWhenEmpty is null)
            {
                continue;
            }

            md.Append("- **").Append(section.SummaryLabel).Append(":** ")
                .Append(listed.Count == 0 ? section.SummaryWhenEmpty : Escape(string.Join(section.SummarySeparator, listed.Select(section.SummaryItem))))
                .Append('\n');
        }

        if (assessment.Backtest is { } backtest)
        {
            md.Append("- **Backtest:** ").Append(backtest.Misses.Count > 0 ? $"{backtest.Misses.Count} miss(es)" : ScorecardReport.Verdict(backtest)).Append('\n');
        }

        md.Append('\n');
    }

    private static void Table(StringBuilder md, string? title, string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (title is not null)
        {
            md.Append("## ").Append(title).Append("\n\n");
        }

        if (list.Count == 0)
        {
            md.Append("None.\n\n");
            return;
        }

        md.Append("| ").Append(string.Join(" | ", headers)).Append(" |\n");
        md.Append('|').Append(string.Concat(headers.Select(_ => "---|"))).Append('\n');
        foreach (var row in list)
        {
            md.Append("| ").Append(string.Join(" | ", row)).Append(" |\n");
        }

        md.Append('\n');
    }

    private static string Claims(IReadOnlyList<string> claims) => claims.Count == 0 ? "—" : ClaimText.WithParagraphs(claims);

    /// <summary>The claims cell, with the decisions that make a conclusion inferred.</summary>
    private static string Sources(IReadOnlyList<string> claims, IReadOnlyList<string> decisions, IReadOnlyList<string> hedges)
    {
        var text = decisions.Count == 0 ? Claims(claims) : $"{Claims(claims)}<br>*inferred:* {string.Join(", ", decisions)}";
        var inherited = TextReport.InheritedHedges(claims, hedges);
        return inherited.Count == 0 ? text : $"{text}<br>*hedged:* {Claims(inherited)}";
    }

    private static string Rules(IReadOnlyList<Justification> because) =>
        because.Count == 0 ? "— (the article is silent)" : string.Join("<br>", because.Select(j => Code(j.Rule)).Distinct());

    /// <summary>
    /// Text as inert Markdown, for a table cell, a heading or running text: HTML is written as
    /// entities and Markdown's own marks are escaped, so a name can never become markup.
    /// </summary>
    /// <param name="text">The text, as it came.</param>
    /// <returns>The text, safe to put in Markdown.</returns>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length);
        foreach (var c in Names.Inert(text.ReplaceLineEndings(" ")))
        {
            _ = c switch
            {
                '&' => escaped.Append("&amp;"),
                '<' => escaped.Append("&lt;"),
                '>' => escaped.Append("&gt;"),
                '\\' or '|' or '`' or '*' or '_' or '[' or ']' or '#' or '~' => escaped.Append('\\').Append(c),
                '\r' or '\n' => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    /// <summary>
    /// Text as a Markdown code span: fenced with more backticks than it holds, and its <c>|</c>
    /// escaped, which tables need even inside code.
    /// </summary>
    internal static string Code(string text)
    {
        var flat = Names.Inert(text.ReplaceLineEndings(" ")).Replace("|", "\\|", StringComparison.Ordinal);
        var longest = 0;
        for (int i = 0, run = 0; i < flat.Length; i++)
        {
            run = flat[i] == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', longest + 1);
        return longest == 0 ? fence + flat + fence : $"{fence} {flat} {fence}";
    }
}
