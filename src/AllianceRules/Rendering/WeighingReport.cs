using System.Globalization;
using System.Text;
using System.Text.Json;
using AllianceRules.Backtesting;
using AllianceRules.Claims;
using AllianceRules.Scenarios;
using AllianceRules.Weighing;

namespace AllianceRules.Rendering;

/// <summary>
/// Renders <see cref="ReadingWeights"/>: the interpretive decisions ranked by what their alternative
/// readings move (rows, episodes, classes of conclusion, the change of the scorecard), then the
/// pairs that interact. Text for a terminal, Markdown for docs and pull requests, JSON for tools.
/// </summary>
public static class WeighingReport
{
    /// <summary>How many classes of conclusion are listed per reading; the rest are counted.</summary>
    public const int ClassesListed = 6;

    private const string ScoreLegend = "match/miss/abstain";

    /// <summary>Renders the weights as plain text.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The text.</returns>
    public static string RenderText(ReadingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var text = new StringBuilder();
        text.Append("Weighing the readings of rulebook ").Append(weights.Rulebook).Append(": ").Append(Scope(weights)).Append('\n');
        text.Append("Scorecard as the rulebook reads the decisions (").Append(ScoreLegend).Append("): ").Append(Scores(weights.Scores)).Append('\n');
        if (weights.Readings.Count > 0)
        {
            text.Append("Most load-bearing: ").Append(Headline(weights.Readings[0])).Append('\n');
        }

        var rank = 0;
        foreach (var weight in weights.Readings)
        {
            rank++;
            var decision = DecisionOf(weight.Decisions[0]);
            text.Append(string.Create(CultureInfo.InvariantCulture, $"\n{rank,2}. {decision.Id}  ")).Append(decision.Title).Append('\n');
            text.Append("    alternative (").Append(decision.Alternative?.Amendment).Append("): ").Append(decision.Alternative?.Text).Append('\n');
            text.Append("    rows moved: ").Append(Of(weight.RowsMoved, weights.TableRows)).Append(weight.RowsWithoutAssessment > 0 ? $" ({Count(weight.RowsWithoutAssessment)} with no assessment)" : "").Append('\n');
            text.Append("    episodes moved: ").Append(Of(weight.EpisodesMoved.Count, weights.Episodes.Count)).Append(weight.EpisodesMoved.Count == 0 ? "" : $" ({string.Join(", ", weight.EpisodesMoved)})").Append('\n');
            text.Append("    scorecard change: ").Append(ScoreChanges(weight.Scores)).Append('\n');
            AppendClassesText(text, weight);
        }

        text.Append("\nInteractions (pairs that move more than their two readings alone, added up): ");
        if (weights.Interactions.Count == 0)
        {
            text.Append("none\n");
        }
        else
        {
            text.Append(weights.Interactions.Count).Append('\n');
            foreach (var pair in weights.Interactions)
            {
                text.Append("  ").Append(string.Join(" + ", pair.Decisions)).Append(": ").Append(PairLine(pair)).Append('\n');
                text.Append("    scorecard change: ").Append(ScoreChanges(pair.Scores)).Append('\n');
                AppendClassesText(text, pair);
            }
        }

        return text.ToString();
    }

    /// <summary>Renders the weights as Markdown: a ranking table, what each reading moves, and the interactions.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(ReadingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var md = new StringBuilder();
        if (weights.Readings.Count > 0)
        {
            md.Append("**Most load-bearing: ").Append(MarkdownReport.Escape(Headline(weights.Readings[0]))).Append("**\n\n");
        }

        md.Append(MarkdownReport.Escape(Scope(weights))).Append(" Scorecard as the rulebook reads the decisions (").Append(ScoreLegend).Append("): ")
            .Append(MarkdownReport.Escape(Scores(weights.Scores))).Append(".\n\n");
        md.Append("| rank | decision | rows moved | episodes moved | fit change (").Append(ScoreLegend).Append(") | test change (").Append(ScoreLegend).Append(") | fields changed |\n");
        md.Append("|---:|---|---:|---:|---|---|---:|\n");
        var rank = 0;
        foreach (var weight in weights.Readings)
        {
            rank++;
            var decision = DecisionOf(weight.Decisions[0]);
            md.Append("| ").Append(rank).Append(" | ").Append(decision.Id).Append(". ").Append(MarkdownReport.Escape(decision.Title))
                .Append(" | ").Append(Count(weight.RowsMoved)).Append(" | ").Append(weight.EpisodesMoved.Count)
                .Append(" | ").Append(SetChange(weight.Scores, 0)).Append(" | ").Append(SetChange(weight.Scores, 1))
                .Append(" | ").Append(weight.FieldsChanged).Append(" |\n");
        }

        md.Append("\n### What each reading moves\n");
        foreach (var weight in weights.Readings)
        {
            var decision = DecisionOf(weight.Decisions[0]);
            md.Append("\n**").Append(decision.Id).Append(". ").Append(MarkdownReport.Escape(decision.Title)).Append("** — alternative ")
                .Append(MarkdownReport.Code(decision.Alternative?.Amendment ?? "")).Append(": ").Append(MarkdownReport.Escape(decision.Alternative?.Text ?? "")).Append('\n');
            md.Append("\n- rows moved: ").Append(Of(weight.RowsMoved, weights.TableRows)).Append("; episodes moved: ").Append(Of(weight.EpisodesMoved.Count, weights.Episodes.Count));
            if (weight.EpisodesMoved.Count > 0)
            {
                md.Append(" (").AppendJoin(", ", weight.EpisodesMoved.Select(MarkdownReport.Code)).Append(')');
            }

            md.Append('\n');
            AppendClassesMarkdown(md, weight);
        }

        md.Append("\n### Interactions\n\n");
        if (weights.Interactions.Count == 0)
        {
            md.Append("No pair moves more than its two readings alone, added up.\n");
            return md.ToString();
        }

        md.Append("Pairs that move more than their two readings alone, added up: what the two readings carry together.\n\n");
        md.Append("| pair | rows moved (alone, added up) | episodes moved (alone, added up) | rows only together | episodes only together | fit change | test change |\n");
        md.Append("|---|---:|---:|---:|---|---|---|\n");
        foreach (var pair in weights.Interactions)
        {
            md.Append("| ").Append(string.Join(" + ", pair.Decisions)).Append(" | ").Append(Count(pair.RowsMoved)).Append(" (").Append(Count(pair.RowsMovedAlone)).Append(") | ")
                .Append(pair.EpisodesMoved.Count).Append(" (").Append(pair.EpisodesMovedAlone).Append(") | ").Append(Count(pair.RowsOnlyTogether)).Append(" | ")
                .Append(pair.EpisodesOnlyTogether.Count == 0 ? "—" : string.Join(", ", pair.EpisodesOnlyTogether.Select(MarkdownReport.Code))).Append(" | ")
                .Append(SetChange(pair.Scores, 0)).Append(" | ").Append(SetChange(pair.Scores, 1)).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary>Renders the weights as JSON (camelCase, indented): the same weights give the same bytes.</summary>
    /// <param name="weights">The weights.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string RenderJson(ReadingWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        return JsonSerializer.Serialize(weights, WeighingJsonContext.Default.ReadingWeights).ReplaceLineEndings("\n") + "\n";
    }

    private static InterpretiveDecision DecisionOf(string id) =>
        DecisionCatalogue.Find(id) ?? throw new InvalidOperationException($"{id} is not in the decision catalogue");

    private static string Scope(ReadingWeights weights) =>
        string.Create(CultureInfo.InvariantCulture, $"{weights.Readings.Count} alternative readings, each alone and in pairs ({weights.PairsWeighed} of {weights.Pairs} pairs weighed{(weights.PairsWeighed < weights.Pairs ? ", the budget ran out" : "")}), over {Count(weights.TableRows)} decision-table rows and {weights.Episodes.Count} built-in episodes: {Count(weights.Assessments)} assessments.");

    private static string Headline(ReadingWeight weight)
    {
        var decision = DecisionOf(weight.Decisions[0]);
        return $"{decision.Id} ({decision.Title}): {Count(weight.RowsMoved)} rows and {weight.EpisodesMoved.Count} episodes move under its alternative (scorecard change: {ScoreChanges(weight.Scores)}).";
    }

    private static string PairLine(ReadingWeight pair) =>
        $"{Count(pair.RowsMoved)} rows (alone, added up: {Count(pair.RowsMovedAlone)}), {pair.EpisodesMoved.Count} episodes (alone: {pair.EpisodesMovedAlone}); " +
        $"{Count(pair.RowsOnlyTogether)} rows{(pair.EpisodesOnlyTogether.Count == 0 ? "" : $" and {string.Join(", ", pair.EpisodesOnlyTogether)}")} move only together";

    private static void AppendClassesText(StringBuilder text, ReadingWeight weight)
    {
        text.Append("    classes moved (").Append(weight.Classes.Count).Append(')').Append(weight.Classes.Count == 0 ? ": none\n" : ":\n");
        foreach (var move in weight.Classes.Take(ClassesListed))
        {
            text.Append("      ").Append(move.Conclusion).Append(": ").Append(move.Before).Append(" → ").Append(move.After).Append("  ").Append(Occurrences(move)).Append('\n');
        }

        if (weight.Classes.Count > ClassesListed)
        {
            text.Append("      … and ").Append(weight.Classes.Count - ClassesListed).Append(" more\n");
        }
    }

    private static void AppendClassesMarkdown(StringBuilder md, ReadingWeight weight)
    {
        if (weight.Classes.Count == 0)
        {
            md.Append("- no conclusion moves\n");
            return;
        }

        md.Append("- classes moved (").Append(weight.Classes.Count).Append("): ");
        md.AppendJoin("; ", weight.Classes.Take(ClassesListed).Select(move =>
            $"{MarkdownReport.Code(move.Conclusion)} {MarkdownReport.Escape(move.Before)} → {MarkdownReport.Escape(move.After)} ({Occurrences(move)})"));
        md.Append(weight.Classes.Count > ClassesListed ? $"; … and {weight.Classes.Count - ClassesListed} more" : "").Append('\n');
    }

    private static string Occurrences(ConclusionClassMove move) =>
        move.Episodes == 0 ? Plural(move.Rows, "row") : move.Rows == 0 ? Plural(move.Episodes, "episode") : $"{Plural(move.Rows, "row")}, {Plural(move.Episodes, "episode")}";

    private static string Plural(int n, string noun) => $"{Count(n)} {noun}{(n == 1 ? "" : "s")}";

    private static string Scores(IReadOnlyList<SetScore> scores) =>
        scores.Count == 0 ? "not scored" : string.Join("; ", scores.Select((s, i) => $"{SetName(i)} {Tally(s.Score)}"));

    private static string ScoreChanges(IReadOnlyList<ScoreChange> scores) =>
        scores.Count == 0
            ? "not scored (a rule set failed on a built-in episode)"
            : string.Join("; ", scores.Select((s, i) => Unchanged(s)
                ? $"{SetName(i)} unchanged"
                : $"{SetName(i)} {Delta(s)}{(s.FieldsChanged == 0 ? "" : $" ({s.FieldsChanged} {(s.FieldsChanged == 1 ? "field changes" : "fields change")})")}"));

    // A reading's score is given as its change from the rulebook's own, which is given once at the
    // top: a rule change that moves the rulebook's score then moves that one line, and a reading's
    // line only where the reading's own effect changes.
    private static string SetChange(IReadOnlyList<ScoreChange> scores, int set) =>
        set >= scores.Count ? "not scored" : Unchanged(scores[set])
            ? "unchanged"
            : $"**{Delta(scores[set])}**";

    // Matches, misses and abstentions gained (+) or lost (-), as the legend orders them.
    private static string Delta(ScoreChange score) =>
        $"{Signed(score.After.Matches - score.Before.Matches)}/{Signed(score.After.Misses - score.Before.Misses)}/{Signed(score.After.Abstentions - score.Before.Abstentions)}";

    private static string Signed(int n) => n > 0 ? $"+{n}" : n.ToString(CultureInfo.InvariantCulture);

    private static bool Unchanged(ScoreChange score) => score.FieldsChanged == 0 && score.Before == score.After;

    // The scorecard's sets are the article's evidence (the fit), then the episodes after it (the test).
    private static string SetName(int set) => set == 0 ? "fit" : "test";

    private static string Tally(Tally tally) => $"{tally.Matches}/{tally.Misses}/{tally.Abstentions}";

    private static string Of(int n, int of) => $"{Count(n)} of {Count(of)}";

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
