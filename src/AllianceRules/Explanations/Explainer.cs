using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Engine;
using AllianceRules.Facts;

namespace AllianceRules.Explanations;

/// <summary>Answers "why" and "why not" for one conclusion of one scenario.</summary>
internal sealed class Explainer
{
    private readonly AllianceAssessor _assessor;
    private readonly Assessment _assessment;
    private readonly CounterfactualSearch _search;

    public Explainer(AllianceAssessor assessor, Scenario scenario)
    {
        _assessor = assessor;
        _assessment = assessor.Assess(scenario);
        _search = new CounterfactualSearch(assessor, scenario);
    }

    public Explanation Explain(ConclusionQuery query)
    {
        var actual = _search.Original.ValueOf(query.Key);
        var asked = query.Value ?? (actual == ConclusionMap.Absent ? ConclusionMap.Present : actual);
        var because = JustificationOf(_assessment, query.Key);
        if (asked == actual)
        {
            return new Explanation(query.Key, asked, actual, because, [], []);
        }

        var obstacles = CommitmentGaps(query, asked);
        var remedies = _search.Reaching(query.Key, asked).Select(n => RemedyFor(n, query.Key)).ToArray();
        return new Explanation(query.Key, asked, actual, because, obstacles, remedies);
    }

    private Obstacle[] CommitmentGaps(ConclusionQuery query, string asked)
    {
        if (!query.Key.StartsWith("commitments[", StringComparison.Ordinal) || query.Key.Contains("].gaps[", StringComparison.Ordinal) || asked != "credible")
        {
            return [];
        }

        var power = query.Key["commitments[".Length..^1];
        var commitment = _assessment.Commitments.FirstOrDefault(c => c.Power == power);
        return commitment is null
            ? []
            : commitment.Gaps.Select(gap =>
            {
                // Closing a gap means the power is still a patron whose commitment is judged, without that gap:
                // changes that end the balancing or the patronage remove the question, not the gap.
                var key = $"{query.Key}.gaps[{gap.Gap}]";
                var remedies = _search
                    .Reaching(map => map.ValueOf(query.Key) != ConclusionMap.Absent && map.ValueOf(key) == ConclusionMap.Absent)
                    .Select(n => RemedyFor(n, key))
                    .ToArray();
                return new Obstacle(gap.Gap.ToString(), gap.Claims, gap.Because, remedies);
            }).ToArray();
    }

    private Remedy RemedyFor(CounterfactualSearch.Neighbour neighbour, string key)
    {
        var because = JustificationOf(_assessor.Assess(neighbour.Scenario), key);
        return new Remedy(neighbour.Changes, because.Select(j => j.Rule).Distinct().ToArray(), ClaimIds.Order(because.SelectMany(j => j.Claims)));
    }

    /// <summary>The justification of the conclusion under <paramref name="key"/> in an assessment, empty if it is not drawn.</summary>
    internal static IReadOnlyList<Justification> JustificationOf(Assessment assessment, string key)
    {
        if (key == "posture")
        {
            return assessment.Posture.Because;
        }

        var findings = assessment.Responses.Select(r => ($"responses[{r.From},{r.Kind}]", r.Because))
            .Concat(assessment.Needs.Select(n => ($"needs[{n.From},{n.Need}]", n.Because)))
            .Concat(assessment.Commitments.Select(c => ($"commitments[{c.Power}]", c.Because)))
            .Concat(assessment.Commitments.SelectMany(c => c.Gaps.Select(g => ($"commitments[{c.Power}].gaps[{g.Gap}]", g.Because))))
            .Concat(assessment.Risks.Select(r => (r.Power is null ? $"risks[{r.Risk}]" : $"risks[{r.Risk},{r.Power}]", r.Because)))
            .Concat(assessment.Outlook.Select(o => ($"outlook[{o.Power}]", o.Because)))
            .Concat(assessment.Advice.Select(a => ($"advice[{a.To},{a.Advice}]", a.Because)));
        return findings.Where(f => f.Item1 == key).SelectMany(f => f.Because).ToArray();
    }
}
