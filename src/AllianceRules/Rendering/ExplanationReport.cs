using System.Text;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Explanations;

namespace AllianceRules.Rendering;

/// <summary>Renders an <see cref="Explanation"/> as plain text: the question, what was drawn and why, and for a why-not what stands in the way and what would change it.</summary>
public static class ExplanationReport
{
    /// <summary>Renders the explanation.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string Render(Explanation explanation) => Render(explanation, TextStyle.Plain);

    /// <summary>Renders an explanation as text, marked up in <paramref name="style"/>.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <param name="style">How to mark up headings, rules and input facts.</param>
    /// <returns>The text.</returns>
    public static string Render(Explanation explanation, TextStyle style)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        ArgumentNullException.ThrowIfNull(style);
        var text = new StringBuilder();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var subject = $"{explanation.Conclusion} = {explanation.Asked}";
        if (explanation.IsDrawn)
        {
            text.Append(style.Heading($"Why {subject}?")).Append('\n');
            TextReport.AppendTree(text, explanation.Because, 1, explained, style);
            return text.ToString();
        }

        text.Append(style.Heading($"Why not {subject}?")).Append('\n');
        var drew = $"The rules drew {explanation.Conclusion} = {explanation.Actual}";
        if (explanation.Because.Count == 0)
        {
            text.Append(style.Heading(drew + (explanation.Actual == ConclusionMap.Absent ? ": no rule drew it." : "."))).Append('\n');
        }
        else
        {
            text.Append(style.Heading(drew + ":")).Append('\n');
            TextReport.AppendTree(text, explanation.Because, 1, explained, style);
        }

        if (explanation.Obstacles.Count > 0)
        {
            text.Append('\n').Append(style.Heading("What stands in the way:")).Append('\n');
            foreach (var obstacle in explanation.Obstacles)
            {
                text.Append("  ").Append(obstacle.Name).Append(TextReport.Claims(obstacle.Claims)).Append('\n');
                TextReport.AppendTree(text, obstacle.Because, 2, explained, style);
                AppendRemedies(text, obstacle.Remedies, 2, "closed by any of these changes", $"{NoChange(explanation, capital: false)} closes it", style);
            }
        }

        text.Append('\n');
        AppendRemedies(
            text,
            explanation.Remedies,
            0,
            $"{explanation.Asked} would be drawn after any of these changes",
            explanation.Obstacles.Count > 0
                ? $"{NoChange(explanation)} draws {explanation.Asked}: each obstacle above must be removed."
                : $"{NoChange(explanation)} draws {explanation.Asked}.",
            style);
        if (explanation.Unreached.Count > 0)
        {
            text.Append(style.Heading($"The rules that could draw {explanation.Asked}, and what each lacked:")).Append('\n');
            TextReport.AppendChecked(text, explanation.Unreached, 1, style, new HashSet<string>(StringComparer.Ordinal));
        }

        if (explanation.StoppedAtBudget)
        {
            text.Append('\n').Append(WhatIfReport.BudgetNote(explanation.Assessed)).Append('\n');
        }

        WhatIfReport.AppendFixed(text, explanation.Fixed);
        return text.ToString();
    }

    /// <summary>
    /// How a report says that nothing was found: of every change of one or two inputs, or, when the
    /// search stopped at its budget, only of those it tried (the note at the end says so).
    /// </summary>
    internal static string NoChange(bool stoppedAtBudget, bool capital = true) =>
        (capital ? "N" : "n") + (stoppedAtBudget ? "o change the search tried before its budget" : "o change of one or two inputs");

    private static string NoChange(Explanation explanation, bool capital = true) => NoChange(explanation.StoppedAtBudget, capital);

    private static void AppendRemedies(StringBuilder text, IReadOnlyList<Remedy> remedies, int depth, string lead, string none, TextStyle style)
    {
        var indent = new string(' ', depth * 2);
        string Line(string line) => depth == 0 ? style.Heading(line) : indent + line;
        if (remedies.Count == 0)
        {
            text.Append(Line(none)).Append('\n');
            return;
        }

        text.Append(Line(lead + ":")).Append('\n');
        foreach (var remedy in remedies)
        {
            text.Append(indent).Append("  - ").Append(string.Join("; ", remedy.Changes)).Append('\n');
            if (remedy.Rules.Count > 0)
            {
                text.Append(indent).Append("    drawn by ").Append(string.Join(", ", remedy.Rules.Select(style.Rule))).Append(TextReport.Claims(remedy.Claims)).Append('\n');
            }
        }
    }

    /// <summary>Renders an explanation as Markdown: the question as a heading, the justification as a nested list, then what stands in the way and the changes that would draw the asked value.</summary>
    /// <param name="explanation">The explanation.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(Explanation explanation)
    {
        ArgumentNullException.ThrowIfNull(explanation);
        var md = new StringBuilder();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var subject = $"{MarkdownReport.Code(explanation.Conclusion.ToString())} = {MarkdownReport.Escape(explanation.Asked)}";
        md.Append(explanation.IsDrawn ? "# Why " : "# Why not ").Append(subject).Append("?\n\n");
        if (!explanation.IsDrawn)
        {
            md.Append("The rules drew ").Append(MarkdownReport.Code(explanation.Conclusion.ToString())).Append(" = ").Append(MarkdownReport.Escape(explanation.Actual))
                .Append(explanation.Because.Count == 0 && explanation.Actual == ConclusionMap.Absent ? ": no rule drew it.\n\n" : ".\n\n");
        }

        AppendTree(md, explanation.Because, 0, explained);
        if (explanation.Obstacles.Count > 0)
        {
            md.Append(md[^2] == '\n' ? "" : "\n").Append("## What stands in the way\n\n");
            foreach (var obstacle in explanation.Obstacles)
            {
                md.Append("### ").Append(obstacle.Name).Append(obstacle.Claims.Count == 0 ? "" : $" ({ClaimText.WithParagraphs(obstacle.Claims)})").Append("\n\n");
                AppendTree(md, obstacle.Because, 0, explained);
                AppendRemedies(md, obstacle.Remedies, "Closed by any of these changes:", $"{NoChange(explanation)} closes it.");
            }
        }

        if (!explanation.IsDrawn)
        {
            md.Append(md[^2] == '\n' ? "" : "\n").Append("## What would draw it\n\n");
            AppendRemedies(
                md,
                explanation.Remedies,
                $"{MarkdownReport.Escape(explanation.Asked)} would be drawn after any of these changes:",
                $"{NoChange(explanation)} draws {MarkdownReport.Escape(explanation.Asked)}.");
            if (explanation.Unreached.Count > 0)
            {
                md.Append("\nThe rules that could draw ").Append(MarkdownReport.Escape(explanation.Asked)).Append(", and what each lacked:\n\n");
                AppendChecked(md, explanation.Unreached, 0, new HashSet<string>(StringComparer.Ordinal));
            }

            if (explanation.StoppedAtBudget)
            {
                md.Append("**").Append(WhatIfReport.BudgetNote(explanation.Assessed)).Append("**\n");
            }

            WhatIfReport.AppendFixedMarkdown(md, explanation.Fixed);
        }

        return md.ToString();
    }

    private static void AppendTree(StringBuilder md, IReadOnlyList<Justification> because, int depth, HashSet<string> explained)
    {
        foreach (var justification in because)
        {
            md.Append(' ', depth * 2).Append("- because ").Append(MarkdownReport.Code(justification.Rule))
                .Append(justification.Claims.Count == 0 ? "" : $" ({ClaimText.WithParagraphs(justification.Claims)})").Append('\n');
            foreach (var fact in justification.Matched)
            {
                md.Append(' ', (depth + 1) * 2).Append("- ").Append(MarkdownReport.Escape(fact.Text));
                if (fact.Because is not { } derived)
                {
                    md.Append(" *(input)*\n");
                }
                else if (!explained.Add(fact.Fact + ": " + fact.Text))
                {
                    // A derived fact that several conclusions share is explained once.
                    md.Append(" *(explained above)*\n");
                }
                else
                {
                    md.Append('\n');
                    AppendTree(md, derived, depth + 2, explained);
                }
            }

            if (justification.Absent is { } absent)
            {
                AppendAbsent(md, absent, depth + 1, checkedAbove: null);
            }
        }
    }

    private static void AppendAbsent(StringBuilder md, IReadOnlyList<AbsentCondition> absent, int depth, HashSet<string>? checkedAbove)
    {
        foreach (var condition in absent)
        {
            md.Append(' ', depth * 2).Append("- absent: ").Append(MarkdownReport.Escape(condition.Text));
            if (condition.Checked.Count == 0)
            {
                md.Append(" *(input)*\n");
            }
            else if (checkedAbove is not null && !checkedAbove.Add(condition.Fact + ": " + condition.Text))
            {
                md.Append(" *(checked above)*\n");
            }
            else
            {
                md.Append("; checked:\n");
                AppendChecked(md, condition.Checked, depth + 1, checkedAbove);
            }
        }
    }

    private static void AppendChecked(StringBuilder md, IReadOnlyList<CheckedRule> rules, int depth, HashSet<string>? checkedAbove)
    {
        foreach (var rule in rules)
        {
            md.Append(' ', depth * 2).Append("- ").Append(MarkdownReport.Code(rule.Rule))
                .Append(rule.Decisions.Count == 0 ? "" : $" ({string.Join(", ", rule.Decisions)})").Append(": ")
                .Append(rule.Unmet is { } unmet ? MarkdownReport.Escape(unmet) : rule.Absent.Count > 0 ? "needs what is absent" : "did not fire").Append('\n');
            AppendAbsent(md, rule.Absent, depth + 1, checkedAbove);
        }
    }

    private static void AppendRemedies(StringBuilder md, IReadOnlyList<Remedy> remedies, string lead, string none)
    {
        if (md.Length > 1 && !(md[^1] == '\n' && md[^2] == '\n'))
        {
            md.Append('\n');
        }

        if (remedies.Count == 0)
        {
            md.Append(none).Append("\n\n");
            return;
        }

        md.Append(lead).Append("\n\n");
        foreach (var remedy in remedies)
        {
            md.Append("- ").Append(MarkdownReport.Escape(string.Join("; ", remedy.Changes)));
            if (remedy.Rules.Count > 0)
            {
                md.Append(" — drawn by ").Append(string.Join(", ", remedy.Rules.Select(MarkdownReport.Code)))
                    .Append(remedy.Claims.Count == 0 ? "" : $" ({ClaimText.WithParagraphs(remedy.Claims)})");
            }

            md.Append('\n');
        }

        md.Append('\n');
    }
}
