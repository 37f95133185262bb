using System.Diagnostics;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Scenarios;

namespace AllianceRules.Explanations;

/// <summary>
/// Answers why and why not about one assessment. A drawn value is explained from the assessment
/// alone; only a value that was not drawn runs the counterfactual search.
/// </summary>
internal sealed class Explainer
{
    private readonly RulebookHost _assessor;
    private readonly Scenario _scenario;
    private readonly Assessment _assessment;
    private readonly CancellationToken _cancellationToken;
    private readonly ConclusionMap _conclusions;
    private readonly ConclusionQuery _query;
    private readonly Lazy<CounterfactualSearch> _search;

    private Explainer(
        RulebookHost assessor, ValidScenario scenario, Assessment assessment, ConclusionQuery query, HeldInputs held, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        _assessor = assessor;
        _scenario = scenario.Value;
        _assessment = assessment;
        _cancellationToken = cancellationToken;
        _conclusions = ConclusionMap.Of(assessment);
        _query = query;
        // The search keeps of each neighbour only the conclusions asked about: the one explained and,
        // for a credible commitment, its gaps.
        HashSet<ConclusionKey> asksAbout = [query.Key, .. assessment.Find(query.Key).OfType<CommitmentFinding>().SelectMany(c => c.Gaps).Select(g => g.Key)];
        _search = new Lazy<CounterfactualSearch>(() => new CounterfactualSearch(assessor, scenario, _conclusions, held, progress, cancellationToken, asksAbout.Contains));
    }

    /// <summary>Explains a conclusion of an assessment <paramref name="host"/> made of <paramref name="scenario"/>; searches counterfactuals only for a value that was not drawn.</summary>
    /// <exception cref="FormatException">The key names a power or an offer the scenario does not hold, or a fixed path names nothing (checked even when no search runs, so that it is never ignored).</exception>
    public static Explanation Explain(RulebookHost host, ValidScenario scenario, Assessment assessment, ConclusionQuery query, CounterfactualOptions options, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        var held = HeldInputs.Resolve(scenario.Value, options);
        var explanation = new Explainer(host, scenario, assessment, query, held, progress, cancellationToken).Explain();
        Activity.Current?.SetTag(AllianceRulesDiagnostics.AssessedTag, explanation.Assessed);
        if (explanation.StoppedAtBudget)
        {
            Log.SearchBudgetReached(host.Logger, "Explain", scenario.Value.Id, explanation.Assessed);
        }

        return explanation;
    }

    /// <exception cref="FormatException">The key names a power or an offer the scenario does not hold.</exception>
    private Explanation Explain()
    {
        var query = _query;
        RequireSubjectInScenario(query.Key);
        var actual = _conclusions.ValueOf(query.Key);
        var asked = query.Value ?? (actual == ConclusionMap.Absent ? ConclusionMap.Present : actual);
        var because = JustificationOf(_assessment, query.Key);
        if (asked == actual)
        {
            return new Explanation(query.Key, asked, actual, because, [], []);
        }

        var obstacles = CommitmentGaps(query, asked);
        var remedies = _search.Value.Reaching(query.Key, asked).Select(n => RemedyFor(n, query.Key)).ToArray();
        return new Explanation(query.Key, asked, actual, because, obstacles, remedies)
        {
            Assessed = _search.Value.Assessed,
            StoppedAtBudget = _search.Value.StoppedAtBudget,
            // Gaps already say what stands in the way; the rules behind a value are listed only where nothing else does.
            Unreached = remedies.Length == 0 && obstacles.Length == 0 ? Unreached(query.Key, asked, because) : [],
            Fixed = _search.Value.Held.Fixed,
        };
    }

    /// <summary>
    /// The rules that could draw <paramref name="asked"/> for the key and did not, each with what it
    /// lacked. A rule can draw the value when the constants it yields name it (or it yields
    /// computed values); the conclusion type of a kind is the one named after it.
    /// </summary>
    private IReadOnlyList<CheckedRule> Unreached(ConclusionKey key, string asked, IReadOnlyList<Justification> because)
    {
        var type = typeof(IValuedConclusion).Assembly.GetType($"{typeof(IValuedConclusion).Namespace}.{key.Kind}Conclusion");
        if (type is null)
        {
            return [];
        }

        HashSet<string> wanted = new(key.Subject, StringComparer.Ordinal) { asked };
        if (key.Kind == ConclusionKind.Commitment)
        {
            wanted.Add(asked == ConclusionMap.Credible ? bool.TrueString : bool.FalseString);
        }

        var candidates = _assessor.Descriptions.Values
            .Where(rule => rule.Yields.Contains(type) && (rule.YieldsValues.Count == 0 || rule.YieldsValues.Overlaps(wanted)))
            .Where(rule => !because.Any(j => j.Rule == rule.Name))
            .OrderBy(rule => rule.Name, StringComparer.Ordinal)
            .ToArray();
        if (candidates.Length == 0)
        {
            return [];
        }

        var offer = key.Kind == ConclusionKind.Response ? _scenario.Offers.FirstOrDefault(o => o.From == key.Power && o.Kind.ToString() == key.Subject[1]) : null;
        var derivations = _assessor.Derive(ValidScenario.Trusted(_scenario), _cancellationToken);
        return new AbsenceExplainer(_scenario, derivations, _assessor.Descriptions).WhyNot(candidates, key.Power, offer);
    }

    /// <summary>
    /// A key about a power the scenario does not declare, or about an offer it does not hold,
    /// names nothing: it is refused with the choices, not answered "(none)".
    /// </summary>
    private void RequireSubjectInScenario(ConclusionKey key)
    {
        if (key.Power is not { } power)
        {
            return;
        }

        var powers = _scenario.Powers.Select(p => p.Name).ToArray();
        if (!powers.Contains(power, StringComparer.Ordinal))
        {
            var closest = Names.Closest(power, powers);
            throw new FormatException(
                $"{Names.Inert(Names.Clip(key.ToString()))} names {Names.Quote(power)}, which is not a great power of the scenario" +
                (closest is null ? "" : $"; did you mean {Names.Quote(closest)}?") +
                (powers.Length == 0 ? " (it declares none)" : $" (it declares {string.Join(", ", powers.Order(StringComparer.Ordinal).Take(10).Select(Names.Quote))}{(powers.Length > 10 ? ", …" : "")})"));
        }

        if (key.Kind == ConclusionKind.Response && !_scenario.Offers.Any(o => o.From == power && o.Kind.ToString() == key.Subject[1]))
        {
            var kinds = _scenario.Offers.Where(o => o.From == power).Select(o => o.Kind.ToString()).Distinct().Order(StringComparer.Ordinal).ToArray();
            throw new FormatException(
                $"{Names.Inert(Names.Clip(key.ToString()))} names no offer of the scenario: {Names.Quote(power)} makes " +
                (kinds.Length == 0 ? "none" : $"{string.Join(", ", kinds)} offers only"));
        }
    }

    private Obstacle[] CommitmentGaps(ConclusionQuery query, string asked)
    {
        if (query.Key.Kind != ConclusionKind.Commitment || asked != ConclusionMap.Credible)
        {
            return [];
        }

        return _assessment.Find(query.Key).OfType<CommitmentFinding>().SelectMany(c => c.Gaps).Select(gap =>
        {
            // Closing a gap means the power is still a patron whose commitment is judged, without that gap:
            // changes that end the balancing or the patronage remove the question, not the gap.
            var remedies = _search.Value
                .Reaching(n => n.ValueOf(query.Key) != ConclusionMap.Absent && n.ValueOf(gap.Key) == ConclusionMap.Absent)
                .Select(n => RemedyFor(n, gap.Key))
                .ToArray();
            return new Obstacle(gap.Gap.ToString(), gap.Claims, gap.Because, remedies);
        }).ToArray();
    }

    private Remedy RemedyFor(CounterfactualSearch.Neighbour neighbour, ConclusionKey key)
    {
        var because = JustificationOf(_assessor.AssessVerdicts(_search.Value.ScenarioOf(neighbour), _cancellationToken), key);
        return new Remedy(neighbour.Changes, because.Select(j => j.Rule).Distinct().ToArray(), ClaimIds.Order(because.SelectMany(j => j.Claims)));
    }

    internal static IReadOnlyList<Justification> JustificationOf(Assessment assessment, ConclusionKey key) =>
        [.. assessment.Find(key).SelectMany(f => f.Because)];
}
