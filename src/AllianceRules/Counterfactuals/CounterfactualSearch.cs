using AllianceRules.Scenarios;
namespace AllianceRules.Counterfactuals;

/// <summary>
/// Assesses a scenario's neighbours, one change away and, when asked, two, each once. Pairs are
/// assessed on first use; all are assessed in parallel blocks, each block in one engine session,
/// and listed in the fixed order of the changes.
/// </summary>
internal sealed class CounterfactualSearch
{
    private readonly AllianceAssessor _assessor;
    private readonly Scenario _scenario;
    private readonly Lazy<Neighbour[]> _pairs;

    public CounterfactualSearch(AllianceAssessor assessor, Scenario scenario)
    {
        _assessor = assessor;
        _scenario = scenario;
        Original = ConclusionMap.Of(assessor.Assess(scenario));
        Changes = ScenarioChanges.Around(scenario);
        Singles = AssessAll(Changes.Select(change => new[] { change }));
        _pairs = new Lazy<Neighbour[]>(AssessPairs);
    }

    public IReadOnlyDictionary<string, string> Original { get; }

    public IReadOnlyList<ScenarioChange> Changes { get; }

    public IReadOnlyList<Neighbour> Singles { get; }

    public IReadOnlyList<Neighbour> Pairs => _pairs.Value;

    /// <summary>
    /// The smallest change sets after which <paramref name="key"/> takes <paramref name="value"/>:
    /// the single changes that do it, or if none does, the pairs that do it where neither change
    /// does it alone.
    /// </summary>
    public IReadOnlyList<Neighbour> Reaching(string key, string value) => Reaching(map => map.ValueOf(key) == value);

    public IReadOnlyList<Neighbour> Reaching(Func<IReadOnlyDictionary<string, string>, bool> goal)
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

        return AssessAll(pairs);
    }

    /// <summary>The neighbours that the change sets lead to, leaving out those that are not valid scenarios, in order.</summary>
    private Neighbour[] AssessAll(IEnumerable<ScenarioChange[]> changeSets)
    {
        var valid = changeSets
            .Select(changes => (Changes: changes, Scenario: ScenarioChanges.Apply(_scenario, changes)))
            .Where(n => ScenarioValidator.Validate(n.Scenario).Count == 0)
            .ToArray();
        return _assessor.AssessInBlocks(
            [.. valid.Select(n => n.Scenario)],
            (i, assessment) => new Neighbour(valid[i].Changes, ConclusionMap.Of(assessment), valid[i].Scenario),
            AllianceAssessor.Rethrow<Neighbour>);
    }

    /// <summary>A scenario some changes away, with its conclusions.</summary>
    internal sealed record Neighbour(IReadOnlyList<ScenarioChange> Changes, IReadOnlyDictionary<string, string> Conclusions, Scenario Scenario);
}
