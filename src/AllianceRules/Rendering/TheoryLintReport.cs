using System.Globalization;
using System.Text;
using AllianceRules.Claims;
using AllianceRules.Theory;

namespace AllianceRules.Rendering;

/// <summary>Renders a <see cref="TheoryLint"/>: the rules that never fire, the redundant rules, the conflicting pairs and the claims ranked by load.</summary>
public static class TheoryLintReport
{
    private const string LoadMeaning =
        "the decision-table rows and built-in episodes whose conclusions change when the claim is switched off; " +
        "verdicts are the rows whose posture or response changes, and rows where the rule set then draws no assessment count as changed";

    /// <summary>The name of a finding kind on the command line and in reports: <c>never-fires</c>, <c>redundant</c>, <c>conflict</c>, <c>idle-claim</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(LintFindingKind kind) => kind switch
    {
        LintFindingKind.NeverFires => "never-fires",
        LintFindingKind.Redundant => "redundant",
        LintFindingKind.Conflict => "conflict",
        _ => "idle-claim",
    };

    /// <summary>Renders the lint as plain text.</summary>
    /// <param name="lint">The lint.</param>
    /// <returns>The text.</returns>
    public static string RenderText(TheoryLint lint)
    {
        ArgumentNullException.ThrowIfNull(lint);
        var text = new StringBuilder();
        text.Append("Theory lint of rulebook ").Append(lint.Rulebook).Append(": ").Append(Scope(lint)).Append('\n');
        text.Append("Found: ").Append(Found(lint)).Append('\n');

        AppendNames(text, "Rules that never fire", lint.NeverFiring);
        AppendNames(text, "Redundant rules, which fire but whose removal changes no conclusion", lint.Redundant);
        text.Append("\nConflicting rules, which draw different values for one conclusion (").Append(lint.Conflicts.Count).Append(')').Append(lint.Conflicts.Count == 0 ? ": none\n" : ":\n");
        foreach (var conflict in lint.Conflicts)
        {
            text.Append("  ").Append(conflict.FirstRule).Append(" (").Append(conflict.FirstValue).Append(") vs ")
                .Append(conflict.SecondRule).Append(" (").Append(conflict.SecondValue).Append("): ")
                .Append(Occurrences(conflict.Rows, conflict.Episodes.Count)).Append("; first in ").Append(conflict.Example).Append('\n');
        }

        text.Append("\nClaims ranked by load (").Append(lint.ClaimLoads.Count).Append("): ").Append(LoadMeaning).Append('\n');
        var width = lint.ClaimLoads.Select(l => Rows(l).Length).DefaultIfEmpty(0).Max();
        var rank = 0;
        foreach (var load in lint.ClaimLoads)
        {
            rank++;
            text.Append(string.Create(CultureInfo.InvariantCulture, $"  {rank,3}. {load.Claim,-4} "))
                .Append(Rows(load).PadRight(width)).Append("  ")
                .Append(Count(load.Episodes.Count, "episode")).Append(load.EpisodesWithoutAssessment > 0 ? $" ({load.EpisodesWithoutAssessment} with no assessment)" : "")
                .Append("  [").Append(Count(load.Rules.Count, "rule")).Append("]\n");
        }

        AppendNames(text, "Idle claims, which rules carry but whose switching off changes nothing", lint.IdleClaims);

        // An amendment's rules and claims are named here as it wrote them: nothing in them may act on the terminal.
        return Scenarios.Names.InertLines(text.ToString());
    }

    /// <summary>Renders the lint as Markdown, for docs and pull requests.</summary>
    /// <param name="lint">The lint.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(TheoryLint lint)
    {
        ArgumentNullException.ThrowIfNull(lint);
        var md = new StringBuilder();
        md.Append("Rulebook ").Append(lint.Rulebook).Append(": ").Append(Scope(lint)).Append(". Found: ").Append(Found(lint)).Append(".\n");

        md.Append("\n### Rules that never fire (").Append(lint.NeverFiring.Count).Append(")\n\n");
        md.Append(lint.NeverFiring.Count == 0 ? "None: every rule draws a fact in some row or episode.\n" : Bullets(lint.NeverFiring));

        md.Append("\n### Redundant rules (").Append(lint.Redundant.Count).Append(")\n\n");
        md.Append("Rules that fire, but without which every row and episode draws the same conclusions.\n\n");
        md.Append(lint.Redundant.Count == 0 ? "None: removing any rule changes some conclusion.\n" : Bullets(lint.Redundant));

        md.Append("\n### Conflicting rules (").Append(lint.Conflicts.Count).Append(")\n\n");
        if (lint.Conflicts.Count == 0)
        {
            md.Append("None: no two rules draw different values for one conclusion in any row or episode.\n");
        }
        else
        {
            md.Append("| conclusion | rule | value | rule | value | rows | episodes | first in |\n|---|---|---|---|---|---:|---|---|\n");
            foreach (var c in lint.Conflicts)
            {
                md.Append("| ").Append(c.Kind).Append(" | ").Append(MarkdownReport.Code(c.FirstRule)).Append(" | ").Append(c.FirstValue).Append(" | ").Append(MarkdownReport.Code(c.SecondRule)).Append(" | ")
                    .Append(c.SecondValue).Append(" | ").Append(c.Rows).Append(" | ").Append(c.Episodes.Count == 0 ? "—" : string.Join(", ", c.Episodes))
                    .Append(" | ").Append(MarkdownReport.Escape(c.Example)).Append(" |\n");
            }
        }

        md.Append("\n### Claims ranked by load (").Append(lint.ClaimLoads.Count).Append(")\n\n");
        md.Append("The load of a claim: ").Append(LoadMeaning).Append(".\n\n");
        md.Append("| rank | claim | rows changed | share of rows | verdicts changed | rows with no assessment | episodes changed | rules that carry it |\n");
        md.Append("|---:|---|---:|---:|---:|---:|---:|---|\n");
        var rank = 0;
        foreach (var load in lint.ClaimLoads)
        {
            rank++;
            md.Append("| ").Append(rank).Append(" | ").Append(ClaimText.WithParagraphs([load.Claim])).Append(" | ").Append(load.Rows).Append(" | ")
                .Append(ScenarioTestReport.Percent(lint.TableRows == 0 ? 0 : 100.0 * load.Rows / lint.TableRows)).Append(" | ")
                .Append(load.VerdictRows).Append(" | ").Append(load.RowsWithoutAssessment).Append(" | ")
                .Append(load.Episodes.Count).Append(load.EpisodesWithoutAssessment > 0 ? $" ({load.EpisodesWithoutAssessment} with no assessment)" : "").Append(" | ")
                .Append(string.Join(", ", load.Rules.Select(MarkdownReport.Code))).Append(" |\n");
        }

        md.Append("\n### Idle claims (").Append(lint.IdleClaims.Count).Append(")\n\n");
        md.Append(lint.IdleClaims.Count == 0
            ? "None: switching off any claim the rules carry changes some conclusion.\n"
            : $"Rules carry them, but switching them off changes no conclusion: {MarkdownReport.Escape(string.Join(", ", lint.IdleClaims))}.\n");
        return md.ToString();
    }

    private static string Scope(TheoryLint lint) =>
        $"{lint.Rules} rules over {lint.TableRows} decision-table rows and {lint.Episodes.Count} built-in episodes";

    private static string Found(TheoryLint lint) =>
        lint.Found.Count == 0 ? "nothing" : string.Join(", ", lint.Found.Select(NameOf));

    private static string Rows(ClaimLoad load) =>
        Count(load.Rows, "row") + $" ({Count(load.VerdictRows, "verdict")}" + (load.RowsWithoutAssessment > 0 ? $", {load.RowsWithoutAssessment} with no assessment)" : ")");

    private static string Occurrences(int rows, int episodes) => $"{Count(rows, "row")}, {Count(episodes, "episode")}";

    private static void AppendNames(StringBuilder text, string title, IReadOnlyList<string> names)
    {
        text.Append('\n').Append(title).Append(" (").Append(names.Count).Append(')').Append(names.Count == 0 ? ": none\n" : ":\n");
        foreach (var name in names)
        {
            text.Append("  ").Append(name).Append('\n');
        }
    }

    private static string Bullets(IEnumerable<string> names) => string.Concat(names.Select(n => $"- {MarkdownReport.Code(n)}\n"));

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
