using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Engine;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;

namespace AllianceRules.Explanations;

/// <summary>
/// Answers why and why not about one assessment. A drawn value is explained from the assessment
/// alone; only a value that was not drawn runs the counterfactual search.
/// </summary>
internal sealed class Explainer
{
    private readonly AllianceAssessor _assessor;
    private readonly Assessment _assessment;
    private readonly ConclusionMap _conclusions;
    private readonly Lazy<CounterfactualSearch> _search;

    public Explainer(AllianceAssessor assessor, ValidScenario scenario, Assessment assessment)
    {
        _assessor = assessor;
        _assessment = assessment;
        _conclusions = ConclusionMap.Of(assessment);
        _search = new Lazy<CounterfactualSearch>(() => new CounterfactualSearch(assessor, scenario, _conclusions));
    }

    public Explanation Explain(ConclusionQuery query)
    {
        var actual = _conclusions.ValueOf(query.Key);
        var asked = query.Value ?? (actual == ConclusionMap.Absent ? ConclusionMap.Present : actual);
        var because = JustificationOf(_assessment, query.Key);
        if (asked == actual)
        {
            return new Explanation(query.Key, asked, actual, because, [], []);
        }

        var obstacles = CommitmentGaps(query, asked);
        var remedies = _search.Value.Reaching(query.Key, asked).Select(n => RemedyFor(n, query.Key)).ToArray();
        return new Explanation(query.Key, asked, actual, because, obstacles, remedies);
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
                .Reaching(map => map.ValueOf(query.Key) != ConclusionMap.Absent && map.ValueOf(gap.Key) == ConclusionMap.Absent)
                .Select(n => RemedyFor(n, gap.Key))
                .ToArray();
            return new Obstacle(gap.Gap.ToString(), gap.Claims, gap.Because, remedies);
        }).ToArray();
    }

    private Remedy RemedyFor(CounterfactualSearch.Neighbour neighbour, ConclusionKey key)
    {
        var because = JustificationOf(_assessor.Assess(neighbour.Scenario), key);
        return new Remedy(neighbour.Changes, because.Select(j => j.Rule).Distinct().ToArray(), ClaimIds.Order(because.SelectMany(j => j.Claims)));
    }

    internal static IReadOnlyList<Justification> JustificationOf(Assessment assessment, ConclusionKey key) =>
        [.. assessment.Find(key).SelectMany(f => f.Because)];
}
