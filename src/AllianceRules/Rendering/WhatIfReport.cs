using System.Text;
using AllianceRules.Counterfactuals;

namespace AllianceRules.Rendering;

/// <summary>Renders a <see cref="WhatIf"/> exploration as text or Markdown, grouped by conclusion.</summary>
public static class WhatIfReport
{
    /// <summary>Renders as plain text.</summary>
    /// <param name="whatIf">The exploration.</param>
    /// <returns>The text, lines separated by <c>\n</c>.</returns>
    public static string RenderText(WhatIf whatIf)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        var text = new StringBuilder();
        text.Append("What would change each conclusion").Append(whatIf.Scenario is null ? "" : $" of {whatIf.Scenario}").Append(":\n");
        foreach (var conclusion in whatIf.Flips.GroupBy(f => (f.Conclusion, f.From)))
        {
            text.Append('\n').Append(conclusion.Key.Conclusion).Append(" = ").Append(conclusion.Key.From).Append('\n');
            foreach (var to in conclusion.GroupBy(f => f.To))
            {
                text.Append("  → ").Append(to.Key).Append(" after any of:\n");
                foreach (var flip in to)
                {
                    text.Append("    - ").Append(string.Join("; ", flip.Changes)).Append('\n');
                }
            }
        }

        if (whatIf.Flips.Count == 0)
        {
            text.Append('\n').Append(ExplanationReport.NoChange(whatIf.StoppedAtBudget)).Append(" changes any conclusion.\n");
        }
        else if (whatIf.Unflipped.Count > 0)
        {
            text.Append('\n').Append(ExplanationReport.NoChange(whatIf.StoppedAtBudget)).Append(" changes these:\n");
            foreach (var key in whatIf.Unflipped)
            {
                text.Append("  - ").Append(key).Append('\n');
            }
        }

        if (whatIf.StoppedAtBudget)
        {
            text.Append('\n').Append(BudgetNote(whatIf.Assessed)).Append('\n');
        }

        AppendFixed(text, whatIf.Fixed);
        return text.ToString();
    }

    /// <summary>Renders as Markdown: one table row per flip.</summary>
    /// <param name="whatIf">The exploration.</param>
    /// <returns>The Markdown, lines separated by <c>\n</c>.</returns>
    public static string RenderMarkdown(WhatIf whatIf)
    {
        ArgumentNullException.ThrowIfNull(whatIf);
        var md = new StringBuilder();
        md.Append("# What if").Append(whatIf.Scenario is null ? "" : $": {MarkdownReport.Code(whatIf.Scenario)}").Append("\n\n");
        md.Append("For every conclusion, the smallest sets of input changes (one change; two where one is not enough) that give it another value.\n\n");
        if (whatIf.StoppedAtBudget)
        {
            md.Append("**").Append(BudgetNote(whatIf.Assessed)).Append("**\n\n");
        }

        md.Append("| conclusion | from | to | changes |\n|---|---|---|---|\n");
        foreach (var flip in whatIf.Flips)
        {
            md.Append("| ").Append(MarkdownReport.Code(flip.Conclusion.ToString())).Append(" | ").Append(MarkdownReport.Escape(flip.From)).Append(" | ").Append(MarkdownReport.Escape(flip.To)).Append(" | ")
                .Append(MarkdownReport.Escape(string.Join("; ", flip.Changes))).Append(" |\n");
        }

        if (whatIf.Unflipped.Count > 0)
        {
            md.Append('\n').Append(ExplanationReport.NoChange(whatIf.StoppedAtBudget)).Append(" changes ")
                .Append(whatIf.Flips.Count == 0 ? "any conclusion" : "these: " + string.Join(", ", whatIf.Unflipped.Select(k => MarkdownReport.Code(k.ToString())))).Append(".\n");
        }

        AppendFixedMarkdown(md, whatIf.Fixed);
        return md.ToString();
    }

    /// <summary>What the search held fixed, as text: so that a reader knows why no change of it is proposed.</summary>
    internal static void AppendFixed(StringBuilder text, IReadOnlyList<FixedInput> held)
    {
        if (held.Count == 0)
        {
            return;
        }

        text.Append("\nHeld fixed (no change of these is proposed):\n");
        foreach (var input in held)
        {
            text.Append("  - ").Append(input.Field).Append(": ").Append(input.Value).Append(" (").Append(Why(input.Because)).Append(")\n");
        }
    }

    /// <summary>What the search held fixed, as a Markdown section.</summary>
    internal static void AppendFixedMarkdown(StringBuilder md, IReadOnlyList<FixedInput> held)
    {
        if (held.Count == 0)
        {
            return;
        }

        md.Append(md.Length > 1 && md[^1] == '\n' && md[^2] != '\n' ? "\n" : "").Append("## Held fixed\n\nThe search proposes no change of these:\n\n");
        foreach (var input in held)
        {
            md.Append("- ").Append(MarkdownReport.Code(input.Field)).Append(": ").Append(MarkdownReport.Escape(input.Value)).Append(" (").Append(Why(input.Because)).Append(")\n");
        }
    }

    private static string Why(FixedBecause because) => because switch
    {
        FixedBecause.Role => "the scenario's roles",
        FixedBecause.ThirdPartyGeography => "geography between third parties, D33",
        _ => "asked",
    };

    internal static string BudgetNote(int assessed) => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"The search stopped at the search budget after {assessed} assessments (AllianceRulesOptions.MaxSearchAssessments): changes of two inputs beyond it were not tried, so some flips may be missing.");
}
