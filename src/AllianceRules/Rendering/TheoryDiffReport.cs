using System.Globalization;
using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Theory;

namespace AllianceRules.Rendering;

/// <summary>
/// Renders a <see cref="TheoryDiff"/> as Markdown for a pull-request comment: a summary first (rows
/// changed per conclusion and value, with the rules and claims behind each side, the episodes that
/// change, the backtest before and after), then a bounded number of rows in full. A rulebook error
/// is shown once, with its text and the rows it affects. The whole stays under
/// <see cref="MaxLength"/> characters, whatever the diff.
/// </summary>
public static class TheoryDiffReport
{
    /// <summary>The most characters the Markdown takes: a pull-request comment holds 65,536.</summary>
    public const int MaxLength = 60_000;

    /// <summary>How many decision-table rows are listed in full; the rest are counted in the summary.</summary>
    public const int RowsInFull = 20;

    private const int MaxGroups = 30;
    private const int MaxEpisodeLines = 40;
    private const int MaxErrors = 5;
    private const int MaxTitle = 300;

    /// <summary>Renders the diff.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="title">What is compared, for the heading.</param>
    /// <returns>The Markdown, at most <see cref="MaxLength"/> characters.</returns>
    public static string RenderMarkdown(TheoryDiff diff, string title)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(title);
        var md = new StringBuilder();
        md.Append("# Theory diff: ").Append(MarkdownReport.Escape(title.Length > MaxTitle ? title[..MaxTitle] + "…" : title)).Append("\n\n");
        AppendSummary(md, diff);
        AppendGroups(md, diff);
        AppendErrors(md, diff);
        AppendEpisodes(md, diff);
        AppendBacktest(md, diff);
        AppendRows(md, diff);
        return Bounded(md.ToString());
    }

    private static void AppendSummary(StringBuilder md, TheoryDiff diff)
    {
        var episodes = diff.Conclusions.Select(c => c.Scenario).Distinct(StringComparer.Ordinal).Count();
        md.Append("**").Append(Count(diff.Rows.Count)).Append(" of ").Append(Count(diff.TableRows)).Append(" decision-table rows change; ")
            .Append(Count(diff.Conclusions.Count)).Append(diff.Conclusions.Count == 1 ? " conclusion changes" : " conclusions change")
            .Append(" in ").Append(episodes).Append(" of ").Append(diff.Episodes).Append(" built-in episodes.**");
        if (diff.BeforeRulebook != diff.AfterRulebook)
        {
            md.Append(" Rulebook ").Append(MarkdownReport.Escape(diff.BeforeRulebook)).Append(" → ").Append(MarkdownReport.Escape(diff.AfterRulebook)).Append('.');
        }

        if (diff.RowsOnlyBefore > 0 || diff.RowsOnlyAfter > 0)
        {
            md.Append(" The input space changed: ").Append(diff.RowsOnlyBefore).Append(" rows only before, ").Append(diff.RowsOnlyAfter).Append(" only after.");
        }

        if (diff.EpisodesOnlyBefore.Count > 0 || diff.EpisodesOnlyAfter.Count > 0)
        {
            md.Append(" The episodes changed: only before ").Append(Episodes(diff.EpisodesOnlyBefore)).Append("; only after ").Append(Episodes(diff.EpisodesOnlyAfter)).Append('.');
        }

        md.Append("\n\n");
        if (diff.BacktestBefore is { } before && diff.BacktestAfter is { } after)
        {
            md.Append("Backtest: ").AppendJoin("; ", before.Sets.Zip(after.Sets).Select(p =>
                $"{MarkdownReport.Escape(p.First.Name.ToLowerInvariant())} {p.First.Matched} of {p.First.Episodes.Count} match → {(p.First.Matched == p.Second.Matched ? "" : "**")}{p.Second.Matched} of {p.Second.Episodes.Count}{(p.First.Matched == p.Second.Matched ? "" : "**")}"))
                .Append(".\n\n");
        }
        else
        {
            md.Append("Backtest: not scored, a rule set failed on a built-in episode (see the rulebook errors below).\n\n");
        }
    }

    // One line per kind of change: the same conclusion (whatever power it names) moving between the
    // same values, drawn by the same rules on each side.
    private static void AppendGroups(StringBuilder md, TheoryDiff diff)
    {
        if (diff.Rows.Count == 0 && diff.Conclusions.Count == 0)
        {
            md.Append("No conclusion changes.\n\n");
            return;
        }

        var groups = diff.Rows.SelectMany(r => r.Changes.Select(c => (Change: c, Row: true)))
            .Concat(diff.Conclusions.Select(c => (Change: c, Row: false)))
            .GroupBy(x => (Shape: Shape(x.Change.Conclusion), x.Change.Before, x.Change.After, Was: Side(x.Change.BeforeConclusion, x.Change.BeforeError), Now: Side(x.Change.AfterConclusion, x.Change.AfterError)))
            .Select(g => (g.Key, Rows: g.Where(x => x.Row).Select(x => x.Change.Scenario).Distinct(StringComparer.Ordinal).Count(), Episodes: g.Count(x => !x.Row)))
            .OrderByDescending(g => g.Rows + g.Episodes)
            .ThenBy(g => g.Key.Shape, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Before, StringComparer.Ordinal)
            .ThenBy(g => g.Key.After, StringComparer.Ordinal)
            .ToArray();

        md.Append("## What moved\n\n");
        md.Append("| conclusion | before | after | rows | episodes |\n|---|---|---|---:|---:|\n");
        foreach (var (key, rows, episodes) in groups.Take(MaxGroups))
        {
            md.Append("| ").Append(MarkdownReport.Code(key.Shape)).Append(" | ").Append(Cell(key.Before, key.Was)).Append(" | ").Append(Cell(key.After, key.Now, bold: true))
                .Append(" | ").Append(rows).Append(" | ").Append(episodes).Append(" |\n");
        }

        if (groups.Length > MaxGroups)
        {
            var rest = groups.Skip(MaxGroups).ToArray();
            md.Append("\n… and ").Append(rest.Length).Append(" more kinds of change, in ").Append(rest.Sum(g => g.Rows)).Append(" rows and ")
                .Append(rest.Sum(g => g.Episodes)).Append(" episode conclusions.\n");
        }

        md.Append('\n');
    }

    private static void AppendErrors(StringBuilder md, TheoryDiff diff)
    {
        var errors = diff.Rows.Select(r => (Side: "before", Error: r.Before.Error, Row: true))
            .Concat(diff.Rows.Select(r => (Side: "after", Error: r.After.Error, Row: true)))
            .Concat(diff.Conclusions.Where(c => c.Conclusion == ConclusionKey.Posture).Select(c => (Side: "before", Error: c.BeforeError, Row: false)))
            .Concat(diff.Conclusions.Where(c => c.Conclusion == ConclusionKey.Posture).Select(c => (Side: "after", Error: c.AfterError, Row: false)))
            .Where(e => e.Error is not null)
            .GroupBy(e => (e.Side, e.Error))
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key.Side, StringComparer.Ordinal)
            .ToArray();
        if (errors.Length == 0)
        {
            return;
        }

        md.Append("## Rulebook errors\n\n");
        foreach (var group in errors.Take(MaxErrors))
        {
            var rows = group.Count(e => e.Row);
            var episodes = group.Count(e => !e.Row);
            md.Append("The rule set ").Append(group.Key.Side == "before" ? "before the change" : "after the change").Append(" draws no assessment on ")
                .Append(rows).Append(rows == 1 ? " decision-table row" : " decision-table rows").Append(" and ")
                .Append(episodes).Append(episodes == 1 ? " built-in episode" : " built-in episodes").Append(":\n\n> ")
                .Append(MarkdownReport.Escape(Clip(group.Key.Error!, 500))).Append("\n\n");
        }

        if (errors.Length > MaxErrors)
        {
            md.Append("… and ").Append(errors.Length - MaxErrors).Append(" more distinct errors.\n\n");
        }
    }

    private static void AppendEpisodes(StringBuilder md, TheoryDiff diff)
    {
        md.Append("## Built-in episodes\n\n");
        if (diff.Conclusions.Count == 0)
        {
            md.Append("No conclusion changes.\n\n");
            return;
        }

        md.Append("| episode | conclusion | before | after |\n|---|---|---|---|\n");
        foreach (var change in diff.Conclusions.Take(MaxEpisodeLines))
        {
            md.Append("| ").Append(MarkdownReport.Code(change.Scenario)).Append(" | ").Append(MarkdownReport.Code(change.Conclusion.ToString())).Append(" | ")
                .Append(Cell(change.Before, Side(change.BeforeConclusion, change.BeforeError))).Append(" | ")
                .Append(Cell(change.After, Side(change.AfterConclusion, change.AfterError), bold: true)).Append(" |\n");
        }

        if (diff.Conclusions.Count > MaxEpisodeLines)
        {
            md.Append("\n… and ").Append(diff.Conclusions.Count - MaxEpisodeLines).Append(" more episode conclusions, counted under What moved.\n");
        }

        md.Append('\n');
    }

    private static void AppendBacktest(StringBuilder md, TheoryDiff diff)
    {
        md.Append("## Backtest\n\n");
        if (diff.BacktestBefore is not { } before || diff.BacktestAfter is not { } after)
        {
            md.Append("Not scored: a rule set failed on a built-in episode (see the rulebook errors above).\n\n");
            return;
        }

        foreach (var (b, a) in before.Sets.Zip(after.Sets))
        {
            md.Append("- ").Append(MarkdownReport.Escape(b.Name)).Append(": ").Append(b.Matched).Append(" of ").Append(b.Episodes.Count).Append(" match → ")
                .Append(a.Matched).Append(" of ").Append(a.Episodes.Count).Append('\n');
        }

        var afterByScenario = after.Sets.SelectMany(s => s.Episodes).ToDictionary(e => e.Scenario, StringComparer.Ordinal);
        var episodes = before.Sets.SelectMany(s => s.Episodes)
            .Where(b => afterByScenario.TryGetValue(b.Scenario, out var a) && ScorecardReport.Outcome(a) != ScorecardReport.Outcome(b))
            .Select(b => (First: b, Second: afterByScenario[b.Scenario]))
            .ToArray();
        md.Append('\n');
        if (episodes.Length == 0)
        {
            md.Append("No episode turns between match, miss and abstain.\n\n");
            return;
        }

        md.Append("| episode | before | after |\n|---|---|---|\n");
        foreach (var (b, a) in episodes)
        {
            md.Append("| ").Append(MarkdownReport.Code(b.Scenario)).Append(" | ").Append(ScorecardReport.Outcome(b).ToLowerInvariant()).Append(" | **").Append(ScorecardReport.Outcome(a).ToLowerInvariant()).Append("** |\n");
        }

        md.Append('\n');
    }

    private static void AppendRows(StringBuilder md, TheoryDiff diff)
    {
        md.Append("## Decision table\n\n");
        if (diff.Rows.Count == 0)
        {
            md.Append("No row changes.\n");
            return;
        }

        if (diff.Rows.Count > RowsInFull)
        {
            md.Append("The first ").Append(RowsInFull).Append(" of the ").Append(Count(diff.Rows.Count)).Append(" rows that change; What moved counts them all.\n\n");
        }

        md.Append("| level | settlementFailed | stance | resolve | landBorder | avoidsLandWar | offer | domains | aid | posture | response | commitment | outlook | risks |\n");
        md.Append("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var change in diff.Rows.Take(RowsInFull))
        {
            var before = change.Before.Cells();
            var after = change.After.Cells();
            var cells = before.Select((cell, i) => i < 9 || cell == after[i] ? cell : $"{cell} → **{after[i]}**");
            md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
        }

        if (diff.Rows.Count > RowsInFull)
        {
            md.Append("\n… and ").Append(Count(diff.Rows.Count - RowsInFull)).Append(" more rows.\n");
        }
    }

    // A conclusion's key with the power it names replaced by *, so the same change groups across powers.
    private static string Shape(ConclusionKey key) => ConclusionChange.ClassOf(key);

    private static string Side(TheoryConclusion? conclusion, string? error) =>
        error is not null ? "no assessment (see the rulebook errors)" : conclusion is null ? "" : conclusion.DrawnBy;

    private static string Cell(string value, string drawnBy, bool bold = false)
    {
        var text = bold ? $"**{MarkdownReport.Escape(value)}**" : MarkdownReport.Escape(value);
        return drawnBy.Length == 0 ? text : $"{text} — {MarkdownReport.Escape(drawnBy)}";
    }

    private static string Count(int n) => n.ToString("N0", CultureInfo.InvariantCulture);

    // An export's episode IDs are anyone's text: each clipped and escaped, and at most ten named.
    private static string Episodes(IReadOnlyList<string> ids) =>
        ids.Count == 0 ? "none"
        : string.Join(", ", ids.Take(10).Select(id => MarkdownReport.Escape(Clip(id, 80)))) + (ids.Count > 10 ? $" and {ids.Count - 10} more" : "");

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max] + "…";

    // The caps above keep any diff far below the limit; this is the guarantee, should a rule's
    // name or an amendment's title be unusually long.
    private static string Bounded(string md)
    {
        if (md.Length <= MaxLength)
        {
            return md;
        }

        const string note = "\n… (cut at 60,000 characters, a pull-request comment's size: compare the two rulebooks' `alliance-rules export-theory` files for the whole)\n";
        var cut = md.LastIndexOf('\n', MaxLength - note.Length);
        return md[..cut] + note;
    }
}
