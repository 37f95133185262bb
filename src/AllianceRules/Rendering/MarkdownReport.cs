using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Facts;

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
    public static string Render(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var md = new StringBuilder();
        var scenario = assessment.Scenario;
        md.Append("# ").Append(Escape(scenario.Title ?? scenario.Id ?? "Assessment")).Append("\n\n");
        md.Append(string.Join(" · ", new[]
        {
            scenario.Id is null ? null : $"Scenario `{scenario.Id}`",
            scenario.Date is null ? null : $"date {Escape(scenario.Date)}",
            $"rulebook {assessment.Rulebook}",
        }.Where(part => part is not null))).Append("\n\n");

        AppendSummary(md, assessment);

        Table(md, "Posture", ["posture", "claims", "drawn by"], [[assessment.Posture.Value.ToString(), Claims(assessment.Posture.Claims), Rules(assessment.Posture.Because)]]);
        Table(md, "Responses to offers", ["from", "offer", "decision", "claims", "drawn by"],
            assessment.Responses.Select(r => new[] { Escape(r.From), r.Kind.ToString(), r.Decision.ToString(), Claims(r.Claims), Rules(r.Because) }));
        Table(md, "Needs", ["from", "need", "claims", "drawn by"],
            assessment.Needs.Select(n => new[] { Escape(n.From), n.Need.ToString(), Claims(n.Claims), Rules(n.Because) }));
        Table(md, "Commitments", ["power", "credible", "gaps", "claims"],
            assessment.Commitments.Select(c => new[]
            {
                Escape(c.Power), c.Credible ? "yes" : "no",
                c.Gaps.Count == 0 ? "—" : string.Join("<br>", c.Gaps.Select(g => $"{g.Gap} ({ClaimText.WithParagraphs(g.Claims)})")),
                Claims(c.Claims),
            }));
        Table(md, "Risks", ["risk", "power", "claims", "drawn by"],
            assessment.Risks.Select(r => new[] { r.Risk.ToString(), r.Power is null ? "—" : Escape(r.Power), Claims(r.Claims), Rules(r.Because) }));
        Table(md, "Alliance outlook", ["power", "alliance", "claims", "drawn by"],
            assessment.Outlook.Select(o => new[] { Escape(o.Power), o.Alliance.ToString(), Claims(o.Claims), Rules(o.Because) }));
        Table(md, "Advice", ["to", "advice", "claims", "drawn by"],
            assessment.Advice.Select(a => new[] { Escape(a.To), a.Advice.ToString(), Claims(a.Claims), Rules(a.Because) }));

        if (assessment.Backtest is { } backtest)
        {
            md.Append("## Backtest\n\n");
            md.Append(backtest.Matches ? "The prediction matches the record.\n\n" : "The prediction misses the record:\n\n");
            if (backtest.Misses.Count > 0)
            {
                Table(md, null, ["field", "predicted", "observed"], backtest.Misses.Select(m => new[] { Escape(m.Field), Escape(m.Predicted), Escape(m.Observed) }));
            }
        }

        md.Append("## How the conclusions were drawn\n\n");
        md.Append("Input facts (rectangles) feed the rules that matched them (rounded); each rule draws a derived fact or a conclusion (hexagons).\n\n");
        md.Append("```mermaid\n").Append(MermaidFlowchart.Render(assessment)).Append("```\n");
        return md.ToString();
    }

    private static void AppendSummary(StringBuilder md, Assessment assessment)
    {
        md.Append("## Summary\n\n");
        md.Append("- **Posture:** ").Append(assessment.Posture.Value).Append(" (").Append(Claims(assessment.Posture.Claims)).Append(")\n");
        if (assessment.Responses.Count > 0)
        {
            md.Append("- **Responses:** ").Append(string.Join(", ", assessment.Responses.Select(r => $"{r.Kind} from {Escape(r.From)}: {r.Decision}"))).Append('\n');
        }

        if (assessment.Commitments.Count > 0)
        {
            md.Append("- **Commitments:** ").Append(string.Join("; ", assessment.Commitments.Select(c =>
                c.Credible ? $"{Escape(c.Power)} credible" : $"{Escape(c.Power)} not credible ({string.Join(", ", c.Gaps.Select(g => g.Gap))})"))).Append('\n');
        }

        md.Append("- **Risks:** ").Append(assessment.Risks.Count == 0
            ? "none"
            : string.Join(", ", assessment.Risks.Select(r => r.Power is null ? r.Risk.ToString() : $"{r.Risk} ({Escape(r.Power)})"))).Append('\n');
        if (assessment.Outlook.Count > 0)
        {
            md.Append("- **Alliance outlook:** ").Append(string.Join(", ", assessment.Outlook.Select(o => $"{Escape(o.Power)} {o.Alliance}"))).Append('\n');
        }

        if (assessment.Backtest is { } backtest)
        {
            md.Append("- **Backtest:** ").Append(backtest.Matches ? "matches the record" : $"{backtest.Misses.Count} miss(es)").Append('\n');
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

    private static string Rules(IReadOnlyList<Justification> because) =>
        because.Count == 0 ? "— (the article is silent)" : string.Join("<br>", because.Select(j => $"`{j.Rule}`").Distinct());

    internal static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
