using System.Text;
using AllianceRules.Claims;
using AllianceRules.Conclusions;

namespace AllianceRules.Rendering;

/// <summary>Renders an <see cref="Assessment"/> as plain text for a console: each conclusion, its claims, and its justification as an indented tree.</summary>
public static class TextReport
{
    /// <summary>Renders the assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The report, lines separated by <c>\n</c>.</returns>
    public static string Render(Assessment assessment) => Render(assessment, TextStyle.Plain);

    /// <summary>Renders an assessment as an indented tree, marked up in <paramref name="style"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="style">How to mark up headings, rules and input facts.</param>
    /// <returns>The report.</returns>
    public static string Render(Assessment assessment, TextStyle style) => Render(assessment, style, claimText: true);

    /// <summary>Renders an assessment as an indented tree, marked up in <paramref name="style"/>.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <param name="style">How to mark up headings, rules and input facts.</param>
    /// <param name="claimText">Whether to end with every cited claim's paraphrase and hedge ("Claims cited"); false keeps the IDs alone.</param>
    /// <returns>The report.</returns>
    public static string Render(Assessment assessment, TextStyle style, bool claimText)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(style);
        var text = new StringBuilder();
        var explained = new HashSet<string>(StringComparer.Ordinal);
        var scenario = assessment.Scenario;
        var heading = "Scenario: " + (scenario.Id ?? "(no id)")
            + (scenario.Title is null ? "" : " - " + scenario.Title)
            + (scenario.Date is null ? "" : " (" + scenario.Date + ")");
        text.Append(style.Heading(heading)).Append('\n').Append(style.Heading("Rulebook: " + assessment.Rulebook)).Append("\n\n");
        if (assessment.Warnings.Count > 0)
        {
            text.Append(style.Heading("Warnings (valid but odd input; no conclusion changes):")).Append('\n');
            foreach (var warning in assessment.Warnings)
            {
                text.Append("  ").Append(warning).Append('\n');
            }

            text.Append('\n');
        }

        var findings = assessment.Findings;
        foreach (var section in Assessment.Sections)
        {
            var listed = findings.Where(f => f.Key.Kind == section.Kind).ToList();
            if (section.Single)
            {
                foreach (var finding in listed)
                {
                    text.Append(style.Heading($"{section.Title}: {finding.Headline}{Sources(finding.Claims, finding.Decisions, finding.Hedges)}")).Append('\n');
                    AppendTree(text, finding.Because, 1, explained, style);
                }

                continue;
            }

            if (listed.Count == 0)
            {
                continue;
            }

            text.Append('\n').Append(style.Heading(section.Title + ":")).Append('\n');
            foreach (var finding in listed)
            {
                text.Append("  ").Append(finding.Headline).Append(Sources(finding.Claims, finding.Decisions, finding.Hedges)).Append('\n');
                if (finding is ResponseFinding { Silence: { } silence })
                {
                    text.Append("    the article is silent: ").Append(silence).Append('\n');
                }

                AppendTree(text, finding.Because, 2, explained, style);
            }
        }

        if (assessment.Backtest is { } backtest)
        {
            text.Append('\n').Append(style.Heading("Backtest: " + ScorecardReport.Verdict(backtest))).Append('\n');
            foreach (var miss in backtest.Misses)
            {
                text.Append("  ").Append(miss.Field).Append(": predicted ").Append(miss.Predicted)
                    .Append(", observed ").Append(miss.Observed).Append('\n');
            }

            foreach (var field in backtest.Abstentions)
            {
                text.Append("  ").Append(field).Append(": the rulebook is silent (an abstention, not a miss)\n");
            }
        }

        if (claimText)
        {
            text.Append('\n').Append(style.Heading("Claims cited:")).Append('\n');
            foreach (var line in CitedClaims(assessment))
            {
                text.Append("  ").Append(line).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// The claims a conclusion or rule cites, the decisions it rests on, which make it inferred, and
    /// the hedged claims beneath it that it does not cite itself (its own claims show their hedges).
    /// </summary>
    internal static string Sources(IReadOnlyList<string> claims, IReadOnlyList<string> decisions, IReadOnlyList<string>? hedges = null)
    {
        var inherited = InheritedHedges(claims, hedges);
        if (decisions.Count == 0 && inherited.Count == 0)
        {
            return Claims(claims);
        }

        var parts = new List<string>(3);
        if (claims.Count > 0)
        {
            parts.Add(ClaimText.WithParagraphs(claims));
        }

        if (decisions.Count > 0)
        {
            parts.Add($"inferred: {string.Join(", ", decisions)}");
        }

        if (inherited.Count > 0)
        {
            parts.Add($"hedged: {ClaimText.WithParagraphs(inherited)}");
        }

        return $"  [{string.Join("; ", parts)}]";
    }

    /// <summary>
    /// Every claim an assessment cites, once, in ID order, each with its paragraphs, its paraphrase
    /// and the article's hedge: <c>C33 ¶9: … (the article hedges: "is likely to limit")</c>. A claim
    /// outside the catalogue (an amendment's) is named as such.
    /// </summary>
    internal static IEnumerable<string> CitedClaims(Assessment assessment)
    {
        var ids = ClaimIds.Order(assessment.Findings.SelectMany(f => f.Claims.Concat(f.Hedges)).Distinct(StringComparer.Ordinal));
        return ids.Select(id => ClaimCatalogue.Find(id) is { } claim
            ? $"{id} ¶{string.Join(",", claim.Paragraphs)}: {claim.Text}{(claim.Hedge is { } hedge ? $" (the article hedges: \"{hedge}\")" : "")}"
            : $"{id}: not a claim of the article (an amendment's own)");
    }

    /// <summary>The hedged claims beneath a conclusion that are not among the claims it cites.</summary>
    internal static IReadOnlyList<string> InheritedHedges(IReadOnlyList<string> claims, IReadOnlyList<string>? hedges) =>
        hedges is null || hedges.Count == 0 ? [] : [.. hedges.Where(h => !claims.Contains(h))];

    internal static string Claims(IReadOnlyList<string> claims) =>
        claims.Count == 0 ? "" : $"  [{ClaimText.WithParagraphs(claims)}]";

    /// <summary>
    /// Writes the justification tree. A derived fact is explained once, where it first appears;
    /// later mentions point back to it, so shared sub-trees are not repeated.
    /// </summary>
    internal static void AppendTree(StringBuilder text, IReadOnlyList<Justification> because, int depth, HashSet<string> explained, TextStyle style)
    {
        foreach (var justification in because)
        {
            text.Append(' ', depth * 2).Append("because ").Append(style.Rule(justification.Rule)).Append(Sources(justification.Claims, justification.Decisions)).Append('\n');
            foreach (var fact in justification.Matched)
            {
                if (fact.Because is not { } derived)
                {
                    text.Append(style.Input(new string(' ', (depth + 1) * 2) + "- " + fact.Text + " (input)")).Append('\n');
                    continue;
                }

                text.Append(' ', (depth + 1) * 2).Append("- ").Append(fact.Text);
                if (!explained.Add(fact.Fact + ": " + fact.Text))
                {
                    text.Append(" (explained above)\n");
                }
                else
                {
                    text.Append('\n');
                    AppendTree(text, derived, depth + 2, explained, style);
                }
            }

            if (justification.Absent is { } absent)
            {
                // Written out in full where they stand, as the JSON writes them: the report's size keeps to the JSON's.
                AppendAbsent(text, absent, depth + 1, style, checkedAbove: null);
            }
        }
    }

    /// <summary>
    /// Writes what a rule required absent: each absent fact, and for a derived one the rules that
    /// could have drawn it, each with the derived fact it lacked or its failed condition on the input.
    /// </summary>
    internal static void AppendAbsent(StringBuilder text, IReadOnlyList<AbsentCondition> absent, int depth, TextStyle style, HashSet<string>? checkedAbove)
    {
        foreach (var condition in absent)
        {
            text.Append(' ', depth * 2).Append("- absent: ").Append(condition.Text);
            if (condition.Checked.Count == 0)
            {
                text.Append(" (input)\n");
            }
            else if (checkedAbove is not null && !checkedAbove.Add(condition.Fact + ": " + condition.Text))
            {
                // In a list of rules no change reaches, the same absence is checked once; later mentions point back to it.
                text.Append(" (checked above)\n");
            }
            else
            {
                text.Append("; checked:\n");
                AppendChecked(text, condition.Checked, depth + 1, style, checkedAbove);
            }
        }
    }

    /// <summary>Writes rules that could have drawn a fact and did not, each with what it lacked.</summary>
    internal static void AppendChecked(StringBuilder text, IReadOnlyList<CheckedRule> rules, int depth, TextStyle style, HashSet<string>? checkedAbove)
    {
        foreach (var rule in rules)
        {
            text.Append(' ', depth * 2).Append("- ").Append(style.Rule(rule.Rule)).Append(Sources([], rule.Decisions)).Append(": ")
                .Append(rule.Unmet ?? (rule.Absent.Count > 0 ? "needs what is absent" : "did not fire")).Append('\n');
            AppendAbsent(text, rule.Absent, depth + 1, style, checkedAbove);
        }
    }
}
