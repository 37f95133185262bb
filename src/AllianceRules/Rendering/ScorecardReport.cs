using System.Globalization;
using System.Text;
using System.Text.Json;
using AllianceRules.Backtesting;
using AllianceRules.Claims;
using AllianceRules.Serialization;

namespace AllianceRules.Rendering;

/// <summary>
/// Renders the backtest scorecard. The first line compares, per set, the rulebook with its best
/// baseline on the same fields; then each set lists its episodes, field by field, each miss with
/// what drew it, each abstention and post-hoc match said as such, the decisions each episode's
/// coding rests on, and the set's score for the rulebook and for every baseline.
/// </summary>
public static class ScorecardReport
{
    /// <summary>Renders the scorecard as plain text.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The text.</returns>
    public static string RenderText(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var text = new StringBuilder();
        text.Append(Headline(scorecard)).Append('\n');
        var width = scorecard.Sets.SelectMany(s => s.Episodes).Concat(scorecard.Unrecorded).Select(e => e.Scenario.Length).DefaultIfEmpty(0).Max();
        var indent = new string(' ', width + 11);
        foreach (var set in scorecard.Sets)
        {
            text.Append('\n').Append(set.Name).Append(" (").Append(set.Description).Append("):\n");
            foreach (var episode in set.Episodes)
            {
                var fields = episode.Fields.Select(f => f.Theory).ToArray();
                text.Append("  ").Append(episode.Scenario.PadRight(width)).Append("  ").Append(Outcome(episode).PadRight(7)).Append("  ")
                    .Append(string.Join("; ", fields.Select(FieldText)));
                if (episode.CodingDecisions.Count > 0)
                {
                    text.Append("  [coded under ").Append(string.Join(", ", episode.CodingDecisions)).Append(']');
                }

                text.Append('\n');
                foreach (var miss in fields.Where(c => c.Result == FieldResult.Miss))
                {
                    text.Append(indent).Append("miss: ").Append(miss.Field).Append(" predicted ").Append(miss.Predicted)
                        .Append(", observed ").Append(miss.Observed).Append(", drawn by ").Append(DrawnBy(miss, claims => ClaimText.WithParagraphs(claims))).Append('\n');
                }

                foreach (var postHoc in fields.Where(c => c.MatchesPostHoc))
                {
                    text.Append(indent).Append("post hoc: ").Append(postHoc.Field).Append(" matches since rulebook ").Append(postHoc.PostHoc!.Rulebook)
                        .Append(" (").Append(postHoc.PostHoc.Change).Append("): fitted, not confirmed\n");
                }
            }

            var theory = set.Theory;
            text.Append("  score: ").Append(TallyText(theory)).Append(" of ").Append(Count(theory.Fields, "field"))
                .Append(string.Create(CultureInfo.InvariantCulture, $"; episodes: {set.Matched} match, {set.Episodes.Count(e => e.Misses)} miss, {set.Episodes.Count(e => e.Abstains)} abstain, of {set.Episodes.Count}\n"));
            foreach (var baseline in set.Baselines)
            {
                text.Append("  baseline ").Append(Name(baseline.Baseline)).Append(": ").Append(TallyText(baseline.Score)).Append(" of the same ").Append(Count(theory.Fields, "field"));
                if (theory.Abstentions > 0)
                {
                    text.Append(string.Create(CultureInfo.InvariantCulture, $"; {baseline.MatchesWhereTheorySpeaks} of the {theory.Speaks} the rulebook speaks on"));
                }

                text.Append('\n');
            }
        }

        if (scorecard.Unrecorded.Count > 0)
        {
            text.Append("\nNo record to compare: ")
                .Append(string.Join(", ", scorecard.Unrecorded.Select(e => $"{e.Scenario} (predicted posture {e.Posture})"))).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>
    /// Renders the scorecard as Markdown: the headline, then per set a score table (the rulebook and
    /// each baseline) and a field table (observed, the rulebook's prediction and result, each
    /// baseline's call, what drew the prediction), with each episode's coding decisions.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var md = new StringBuilder();
        md.Append(MarkdownReport.Escape(Headline(scorecard))).Append('\n');
        foreach (var set in scorecard.Sets)
        {
            var theory = set.Theory;
            md.Append("\n### ").Append(set.Name).Append(" (").Append(TallyText(theory)).Append(" of ").Append(Count(theory.Fields, "field")).Append(")\n\n");
            md.Append(char.ToUpperInvariant(set.Description[0])).Append(set.Description[1..]).Append(".\n\n");
            md.Append("| predictor | matches | of them post hoc | misses | abstentions | speaks on | matches where the rulebook speaks |\n|---|---:|---:|---:|---:|---:|---:|\n");
            AppendTallyRow(md, "the rulebook", theory, theory.Matches);
            foreach (var baseline in set.Baselines)
            {
                AppendTallyRow(md, Name(baseline.Baseline), baseline.Score, baseline.MatchesWhereTheorySpeaks);
            }

            md.Append("\n| episode | coded under | field | observed | rulebook | result | status quo | persistence | base rate | drawn by |\n|---|---|---|---|---|---|---|---|---|---|\n");
            foreach (var episode in set.Episodes)
            {
                var first = true;
                foreach (var field in episode.Fields)
                {
                    var c = field.Theory;
                    md.Append("| ").Append(MarkdownReport.Code(episode.Scenario)).Append(" | ")
                        .Append(first ? MarkdownReport.Escape(episode.CodingDecisions.Count == 0 ? "—" : string.Join(", ", episode.CodingDecisions)) : "").Append(" | ")
                        .Append(MarkdownReport.Code(c.Field)).Append(" | ").Append(MarkdownReport.Escape(c.Observed)).Append(" | ").Append(MarkdownReport.Escape(c.Predicted))
                        .Append(" | ").Append(ResultCell(c));
                    foreach (var call in field.Baselines)
                    {
                        md.Append(" | ").Append(call.Result == FieldResult.Abstention ? "—" : MarkdownReport.Escape(call.Predicted) + (call.Result == FieldResult.Match ? " ✓" : " ✗"));
                    }

                    md.Append(" | ").Append(c.Result == FieldResult.Abstention ? "silent" : DrawnBy(c, claims => ClaimText.WithParagraphs(claims), MarkdownReport.Code)).Append(" |\n");
                    first = false;
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

    /// <summary>
    /// Renders the scorecard as indented JSON: the rulebook version, per set its episodes (each field
    /// with the rulebook's comparison and every baseline's call, the episode's coding decisions) and
    /// its tallies (<c>theory</c>, <c>baselines</c>, <c>bestBaseline</c>), and the unrecorded scenarios.
    /// The same scorecard gives the same bytes.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>The JSON text, ending in a line break.</returns>
    public static string RenderJson(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        return JsonSerializer.Serialize(scorecard, AllianceRulesJson.Scorecard) + "\n";
    }

    /// <summary>
    /// The first line: per set, the rulebook's matches over the set's fields (post-hoc matches and
    /// coverage said), against the best baseline's on the same fields.
    /// </summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <returns>One line, without its line break.</returns>
    public static string Headline(Scorecard scorecard)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        var sets = scorecard.Sets.Select(set =>
        {
            var theory = set.Theory;
            var line = new StringBuilder(set.Name.ToLowerInvariant()).Append(", the rulebook matches ").Append(theory.Matches).Append(" of ").Append(Count(theory.Fields, "field"));
            var notes = new List<string>();
            if (theory.PostHocMatches > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"{theory.PostHocMatches} of them post hoc"));
            }

            if (theory.Abstentions > 0)
            {
                notes.Add(string.Create(CultureInfo.InvariantCulture, $"speaks on {theory.Speaks}"));
            }

            if (notes.Count > 0)
            {
                line.Append(" (").AppendJoin(", ", notes).Append(')');
            }

            if (set.BestBaseline is { } best)
            {
                line.Append(", the best baseline (").Append(Name(best.Baseline)).Append(") ").Append(best.Score.Matches);
                if (theory.Abstentions > 0)
                {
                    line.Append(" (").Append(best.MatchesWhereTheorySpeaks).Append(" where the rulebook speaks)");
                }
            }

            return line.ToString();
        });
        return $"Backtest of rulebook {scorecard.Rulebook}: {string.Join("; ", sets)}.";
    }

    /// <summary>How an assessment's backtest reads in a report: it matches, misses, or abstains on every field.</summary>
    internal static string Verdict(Backtest backtest) =>
        backtest.Misses.Count > 0 ? "misses the record"
        : backtest.Matches ? "matches the record"
        : "abstains on every field of the record";

    /// <summary>A baseline's name as reports print it.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <returns><c>status quo</c>, <c>persistence</c> or <c>base rate</c>.</returns>
    public static string Name(Baseline baseline) => baseline switch
    {
        Baseline.StatusQuo => "status quo",
        Baseline.Persistence => "persistence",
        _ => "base rate",
    };

    private static void AppendTallyRow(StringBuilder md, string name, Tally tally, int matchesWhereTheorySpeaks) =>
        md.Append(string.Create(
            CultureInfo.InvariantCulture,
            $"| {name} | {tally.Matches} | {tally.PostHocMatches} | {tally.Misses} | {tally.Abstentions} | {tally.Speaks} of {tally.Fields} | {matchesWhereTheorySpeaks} |\n"));

    /// <summary>An episode's outcome as the scorecard prints it: <c>MISS</c>, <c>match</c> or <c>abstain</c>.</summary>
    internal static string Outcome(EpisodeScore episode) =>
        episode.Misses ? "MISS" : episode.Matches ? "match" : "abstain";

    private static string FieldText(BacktestComparison c) => c.Result switch
    {
        FieldResult.Match => $"{c.Field} {c.Predicted} = {c.Observed}{(c.PostHoc is null ? "" : " (post hoc)")}",
        FieldResult.Miss => $"{c.Field} {c.Predicted} != {c.Observed}",
        _ => $"{c.Field} silent ({c.Predicted}), observed {c.Observed}",
    };

    private static string ResultCell(BacktestComparison c) => c.Result switch
    {
        FieldResult.Match when c.PostHoc is { } mark => $"match, post hoc ({MarkdownReport.Escape(mark.Rulebook)}: {MarkdownReport.Escape(mark.Change)})",
        FieldResult.Match => "match",
        FieldResult.Miss => "**miss**",
        _ => "abstains",
    };

    private static string TallyText(Tally tally)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{tally.Matches} match");
        if (tally.PostHocMatches > 0)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({tally.PostHocMatches} post hoc)");
        }

        return text + string.Create(CultureInfo.InvariantCulture, $", {tally.Misses} miss, {tally.Abstentions} abstain");
    }

    private static string Count(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

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
