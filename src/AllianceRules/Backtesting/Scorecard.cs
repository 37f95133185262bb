using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;

namespace AllianceRules.Backtesting;

/// <summary>
/// The rulebook against the record, in two sets scored apart (D17): the episodes the article
/// argues from, which the theory was drawn from (a fit), and the episodes after the article,
/// which it could not have seen (a test). Each episode compares every field its record holds;
/// each miss names the rules, claims and decisions that drew the predicted value. A field the
/// rulebook is silent on is an abstention (coverage, not accuracy); a field marked post hoc counts
/// apart; and every field is also predicted by the naive <see cref="Baseline"/>s, scored alike.
/// </summary>
/// <param name="Rulebook">The version of the rulebook scored.</param>
/// <param name="Sets">The article's evidence, then the episodes after the article.</param>
/// <param name="Unrecorded">Scenarios with no record to compare, such as the article's forecast.</param>
public sealed record Scorecard(string Rulebook, IReadOnlyList<ScorecardSet> Sets, IReadOnlyList<EpisodeScore> Unrecorded)
{
    /// <summary>How many recorded episodes miss at least one field, in both sets (an episode the rulebook abstains on entirely does not miss).</summary>
    public int Misses => Sets.Sum(s => s.Episodes.Count(e => e.Misses));

    /// <summary>
    /// Scores scenarios against their records, split by <see cref="HistoricalScenarios.IsAfterTheArticle"/>.
    /// To score the built-in episodes: <c>Scorecard.Build(HistoricalScenarios.All, s =&gt; assessor.Assess(s))</c>.
    /// </summary>
    /// <param name="scenarios">The scenarios, enumerated once; those without an observed outcome are listed as unrecorded.</param>
    /// <param name="assess">Assesses one scenario: the rulebook to score.</param>
    /// <returns>The scorecard, episodes in the order given.</returns>
    /// <remarks>
    /// It takes a function rather than an assessor, so that the backtest depends on what the engine
    /// draws and never on the facade that draws it; the scenario itself is read for its record and
    /// its coding decisions, which an assessment does not carry.
    /// </remarks>
    public static Scorecard Build(IEnumerable<Scenario> scenarios, Func<Scenario, Assessment> assess)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        ArgumentNullException.ThrowIfNull(assess);
        using var activity = Telemetry.Start("Sweep", null);
        var scored = scenarios
            .Select(scenario =>
            {
                var assessment = assess(scenario);
                var episode = new EpisodeScore(scenario.Id ?? "(no id)", scenario.Date, assessment.Posture.Value.ToString(), assessment.Backtest)
                {
                    CodingDecisions = scenario.CodingDecisions,
                };
                return (Episode: episode, scenario.Observed, After: HistoricalScenarios.IsAfterTheArticle(scenario), assessment.Rulebook);
            })
            .ToArray();

        // The baselines run over the recorded episodes in the order given (the built-ins are
        // chronological), so persistence sees only what came before; the base rate is the evidence's.
        var baselines = new Baselines(scored.Where(s => s.Observed is not null && !s.After).Select(s => s.Observed!));
        for (var i = 0; i < scored.Length; i++)
        {
            if (scored[i] is { Observed: { } observed, Episode.Backtest: { } backtest })
            {
                var calls = baselines.Predict(observed);
                scored[i].Episode = scored[i].Episode with
                {
                    Fields = [.. backtest.Comparisons.Select((comparison, field) => new FieldScore(comparison, calls[field]))],
                };
            }
        }

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
