using System.Text;
using AllianceRules.Conclusions;

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
        var explained = new HashSet<string>(StringComparer.Ordinal);
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
        AppendTree(text, assessment.Posture.Because, 1, explained);

        Section(text, explained, "Responses", assessment.Responses, r => $"{r.From} {r.Kind}: {r.Decision}", r => r.Claims, r => r.Because);
        Section(text, explained, "Needs", assessment.Needs, n => $"from {n.From}: {n.Need}", n => n.Claims, n => n.Because);
        Section(text, explained, "Commitments", assessment.Commitments, Commitment, c => c.Claims, c => c.Because);
        Section(text, explained, "Risks", assessment.Risks, r => r.Power is null ? r.Risk.ToString() : $"{r.Risk} ({r.Power})", r => r.Claims, r => r.Because);
        Section(text, explained, "Alliance outlook", assessment.Outlook, o => $"{o.Power}: {o.Alliance}", o => o.Claims, o => o.Because);
        Section(text, explained, "Advice", assessment.Advice, a => $"to {a.To}: {a.Advice}", a => a.Claims, a => a.Because);

        if (assessment.Backtest is { } backtest)
        {
            text.Append("\nBacktest: ").Append(backtest.Matches ? "matches the record" : "misses the record").Append('\n');
            foreach (var miss in backtest.Misses)
            {
                text.Append("  ").Append(miss.Field).Append(": predicted ").Append(miss.Predicted)
                    .Append(", observed ").Append(miss.Observed).Append('\n');
            }
        }

        return text.ToString();
    }

    private static string Commitment(CommitmentFinding commitment) =>
        commitment.Credible
            ? $"{commitment.Power}: credible"
            : $"{commitment.Power}: not credible, lacks {string.Join(", ", commitment.Gaps.Select(g => g.Gap))}";

    private static void Section<T>(
        StringBuilder text,
        HashSet<string> explained,
        string title,
        IReadOnlyList<T> findings,
        Func<T, string> headline,
        Func<T, IReadOnlyList<string>> claims,
        Func<T, IReadOnlyList<Justification>> because)
    {
        if (findings.Count == 0)
        {
            return;
        }

        text.Append('\n').Append(title).Append(":\n");
        foreach (var finding in findings)
        {
            text.Append("  ").Append(headline(finding)).Append(Claims(claims(finding))).Append('\n');
            AppendTree(text, because(finding), 2, explained);
        }
    }

    internal static string Claims(IReadOnlyList<string> claims) =>
        claims.Count == 0 ? "" : $"  [{ClaimText.WithParagraphs(claims)}]";

    /// <summary>
    /// Writes the justification tree. A derived fact is explained once, where it first appears;
    /// later mentions point back to it, so shared sub-trees are not repeated.
    /// </summary>
    internal static void AppendTree(StringBuilder text, IReadOnlyList<Justification> because, int depth, HashSet<string> explained)
    {
        foreach (var justification in because)
        {
            text.Append(' ', depth * 2).Append("because ").Append(justification.Rule).Append(Claims(justification.Claims)).Append('\n');
            foreach (var fact in justification.Matched)
            {
                text.Append(' ', (depth + 1) * 2).Append("- ").Append(fact.Text);
                if (fact.Because is not { } derived)
                {
                    text.Append(" (input)\n");
                }
                else if (!explained.Add(fact.Fact + ": " + fact.Text))
                {
                    text.Append(" (explained above)\n");
                }
                else
                {
                    text.Append('\n');
                    AppendTree(text, derived, depth + 2, explained);
                }
            }
        }
    }
}
