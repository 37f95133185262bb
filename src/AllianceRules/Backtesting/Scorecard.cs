using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>
/// The rulebook against the record, in two sets scored apart (D17): the episodes the article
/// argues from, which the theory was drawn from (a fit), and the episodes after the article,
/// which it could not have seen (a test). Each episode compares every field its record holds;
/// each miss names the rules, claims and decisions that drew the predicted value.
/// </summary>
/// <param name="Rulebook">The version of the rulebook scored.</param>
/// <param name="Sets">The article's evidence, then the episodes after the article.</param>
/// <param name="Unrecorded">Scenarios with no record to compare, such as the article's forecast.</param>
public sealed record Scorecard(string Rulebook, IReadOnlyList<ScorecardSet> Sets, IReadOnlyList<EpisodeScore> Unrecorded)
{
    /// <summary>How many recorded episodes miss, in both sets.</summary>
    public int Misses => Sets.Sum(s => s.Episodes.Count - s.Matched);

    /// <summary>
    /// Scores assessments against their records, split by <see cref="HistoricalScenarios.IsAfterTheArticle"/>;
    /// to score the built-in episodes, assess <see cref="HistoricalScenarios.All"/>:
    /// <c>Scorecard.Build(HistoricalScenarios.All.Select(s =&gt; assessor.Assess(s)))</c>.
    /// </summary>
    /// <param name="assessments">The assessments, enumerated once; those of scenarios without an observed outcome (no <see cref="Assessment.Backtest"/>) are listed as unrecorded.</param>
    /// <returns>The scorecard, episodes in the order given.</returns>
    /// <remarks>It takes assessments, not an assessor, so that the backtest depends on what the engine draws and never on the facade that draws it.</remarks>
    public static Scorecard Build(IEnumerable<Assessment> assessments)
    {
        ArgumentNullException.ThrowIfNull(assessments);
        using var activity = Telemetry.Start("Sweep", null);
        var scored = assessments
            .Select(assessment =>
            {
                var scenario = assessment.Scenario;
                var episode = new EpisodeScore(scenario.Id ?? "(no id)", scenario.Date, assessment.Posture.Value.ToString(), assessment.Backtest);
                return (Episode: episode, After: HistoricalScenarios.IsDateAfterTheArticle(scenario.Date), assessment.Rulebook);
            })
            .ToArray();
        var rulebook = scored.Length == 0 ? RulebookVersion.Current : scored[0].Rulebook;
        return new Scorecard(
            rulebook,
            [
                new ScorecardSet(
                    "The article's evidence",
                    "fit: the episodes the article argues from, which the theory was drawn from",
                    [.. scored.Where(s => s.Episode.Backtest is not null && !s.After).Select(s => s.Episode)]),
                new ScorecardSet(
                    "After the article",
                    "test: the episodes after the article's latest event, which the theory could not have seen",
                    [.. scored.Where(s => s.Episode.Backtest is not null && s.After).Select(s => s.Episode)]),
            ],
            [.. scored.Where(s => s.Episode.Backtest is null).Select(s => s.Episode)]);
    }
}
