using AllianceRules.Conclusions;
using AllianceRules.Scenarios;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// The scenarios one or two input changes away from a scenario, each with what the rules conclude
/// there. Single changes are assessed when the search is made; pairs only when first asked for.
/// </summary>
internal sealed class CounterfactualSearch
{
    private readonly AllianceAssessor _assessor;
    private readonly Scenario _scenario;
    private readonly Lazy<Neighbour[]> _pairs;

    public CounterfactualSearch(AllianceAssessor assessor, ValidScenario scenario, ConclusionMap original)
    {
        _assessor = assessor;
        _scenario = scenario.Value;
        Original = original;
        var singles = ScenarioChanges.Candidates(_scenario, assessor.AidBenchmark)
            .Select(change => (Changes: new[] { change }, Scenario: ValidScenario.TryFrom(ScenarioChanges.Apply(_scenario, [change]))))
            .Where(n => n.Scenario is not null)
            .ToArray();
        Changes = [.. singles.Select(n => n.Changes[0])];
        Singles = AssessAll(singles.Select(n => (n.Changes, n.Scenario!)));
        _pairs = new Lazy<Neighbour[]>(AssessPairs);
    }

    public ConclusionMap Original { get; }

    /// <summary>Every single change that leaves the scenario valid.</summary>
    public IReadOnlyList<ScenarioChange> Changes { get; }

    public IReadOnlyList<Neighbour> Singles { get; }

    public IReadOnlyList<Neighbour> Pairs => _pairs.Value;

    public IReadOnlyList<Neighbour> Reaching(ConclusionKey key, string value) => Reaching(map => map.ValueOf(key) == value);

    public IReadOnlyList<Neighbour> Reaching(Func<ConclusionMap, bool> goal)
    {
        var singles = Singles.Where(n => goal(n.Conclusions)).ToArray();
        if (singles.Length > 0)
        {
            return singles;
        }

        return Pairs.Where(n => goal(n.Conclusions)).ToArray();
    }

    private Neighbour[] AssessPairs()
    {
        var pairs = new List<ScenarioChange[]>();
        for (var i = 0; i < Changes.Count; i++)
        {
            for (var j = i + 1; j < Changes.Count; j++)
            {
                // Two values for one field contradict each other; two additions do not.
                if (Changes[i].Field != Changes[j].Field || Changes[i].Field.EndsWith("[+]", StringComparison.Ordinal))
                {
                    pairs.Add([Changes[i], Changes[j]]);
                }
            }
        }

        return AssessAll(pairs
            .Select(changes => (Changes: changes, Scenario: ValidScenario.TryFrom(ScenarioChanges.Apply(_scenario, changes))))
            .Where(n => n.Scenario is not null)
            .Select(n => (n.Changes, n.Scenario!)));
    }

    private Neighbour[] AssessAll(IEnumerable<(ScenarioChange[] Changes, ValidScenario Scenario)> neighbours)
    {
        var valid = neighbours.ToArray();
        return _assessor.AssessInBlocks(
            [.. valid.Select(n => n.Scenario)],
            (i, assessment) => new Neighbour(valid[i].Changes, ConclusionMap.Of(assessment), valid[i].Scenario),
            AllianceAssessor.Rethrow<Neighbour>);
    }

    internal sealed record Neighbour(IReadOnlyList<ScenarioChange> Changes, ConclusionMap Conclusions, ValidScenario Scenario);
}
