using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Scenarios;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// The scenarios one or two input changes away from a scenario, each with what the rules conclude
/// there. Single changes are assessed when the search is made; pairs only when first asked for.
/// The search runs at most the assessor's <see cref="RulebookHost.MaxSearchAssessments"/>
/// assessments; past the budget it stops, in a fixed order, and says so. Each neighbour keeps only
/// the conclusions that differ from the scenario's, so memory grows with what changes.
/// </summary>
internal sealed class CounterfactualSearch
{
    private readonly RulebookHost _assessor;
    private readonly Scenario _scenario;
    private readonly IProgress<SweepProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly Lazy<Neighbour[]> _pairs;
    private int _budget;

    public CounterfactualSearch(
        RulebookHost assessor, ValidScenario scenario, ConclusionMap original, HeldInputs held, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        _assessor = assessor;
        _scenario = scenario.Value;
        _progress = progress;
        _cancellationToken = cancellationToken;
        _budget = assessor.MaxSearchAssessments;
        Original = original;
        Held = held;
        var singles = ScenarioChanges.Candidates(_scenario, assessor.AidBenchmark, held)
            .Select(change => (Changes: new[] { change }, Scenario: ValidScenario.TryFrom(ScenarioChanges.Apply(_scenario, [change]))))
            .Where(n => n.Scenario is not null)
            .ToArray();
        Changes = [.. singles.Select(n => n.Changes[0])];
        Singles = AssessAll(singles.Select(n => (n.Changes, n.Scenario!)).ToArray());
        _pairs = new Lazy<Neighbour[]>(AssessPairs);
    }

    public ConclusionMap Original { get; }

    /// <summary>What the search does not change: no single change, and so no pair, touches it.</summary>
    public HeldInputs Held { get; }

    /// <summary>Every single change that leaves the scenario valid.</summary>
    public IReadOnlyList<ScenarioChange> Changes { get; }

    public IReadOnlyList<Neighbour> Singles { get; }

    public IReadOnlyList<Neighbour> Pairs => _pairs.Value;

    /// <summary>Whether the search stopped at its budget before assessing every neighbour it looked at.</summary>
    public bool StoppedAtBudget { get; private set; }

    /// <summary>How many neighbours the search assessed.</summary>
    public int Assessed { get; private set; }

    public IReadOnlyList<Neighbour> Reaching(ConclusionKey key, string value) => Reaching(n => n.ValueOf(key) == value);

    public IReadOnlyList<Neighbour> Reaching(Func<Neighbour, bool> goal)
    {
        var singles = Singles.Where(goal).ToArray();
        if (singles.Length > 0)
        {
            return singles;
        }

        return Pairs.Where(goal).ToArray();
    }

    /// <summary>The scenario a neighbour stands for: valid, since it was assessed.</summary>
    public ValidScenario ScenarioOf(Neighbour neighbour) => ValidScenario.Trusted(ScenarioChanges.Apply(_scenario, neighbour.Changes));

    private Neighbour[] AssessPairs()
    {
        var pairs = new List<(ScenarioChange[] Changes, ValidScenario Scenario)>();
        for (var i = 0; i < Changes.Count && pairs.Count <= _budget; i++)
        {
            for (var j = i + 1; j < Changes.Count && pairs.Count <= _budget; j++)
            {
                // Two values for one field contradict each other; two additions do not.
                if (Changes[i].Field != Changes[j].Field || Changes[i].Field.EndsWith("[+]", StringComparison.Ordinal))
                {
                    ScenarioChange[] changes = [Changes[i], Changes[j]];
                    if (ValidScenario.TryFrom(ScenarioChanges.Apply(_scenario, changes)) is { } valid)
                    {
                        pairs.Add((changes, valid));
                    }
                }
            }
        }

        return AssessAll([.. pairs]);
    }

    private Neighbour[] AssessAll((ScenarioChange[] Changes, ValidScenario Scenario)[] neighbours)
    {
        if (neighbours.Length > _budget)
        {
            StoppedAtBudget = true;
            neighbours = neighbours[.._budget];
        }

        var counter = new ProgressCounter(_progress, Assessed, Assessed + neighbours.Length);
        _budget -= neighbours.Length;
        Assessed += neighbours.Length;
        return _assessor.AssessInBlocks(
            [.. neighbours.Select(n => n.Scenario)],
            (i, assessment) => new Neighbour(neighbours[i].Changes, Original, ConclusionMap.Of(assessment)),
            RulebookHost.Rethrow<Neighbour>,
            counter,
            Detail.Values,
            _cancellationToken);
    }

    /// <summary>A scenario near the original: the changes that make it, and the conclusions that differ there.</summary>
    internal sealed class Neighbour
    {
        private readonly ConclusionMap _original;
        private readonly Dictionary<ConclusionKey, string> _changed = [];

        public Neighbour(IReadOnlyList<ScenarioChange> changes, ConclusionMap original, ConclusionMap conclusions)
        {
            Changes = changes;
            _original = original;
            foreach (var (key, value) in conclusions)
            {
                if (original.ValueOf(key) != value)
                {
                    _changed[key] = value;
                }
            }

            foreach (var key in original.Keys)
            {
                if (!conclusions.ContainsKey(key))
                {
                    _changed[key] = ConclusionMap.Absent;
                }
            }
        }

        public IReadOnlyList<ScenarioChange> Changes { get; }

        /// <summary>The conclusions whose value here differs from the original's, <see cref="ConclusionMap.Absent"/> for those no longer drawn.</summary>
        public IReadOnlyDictionary<ConclusionKey, string> Changed => _changed;

        public string ValueOf(ConclusionKey key) => _changed.TryGetValue(key, out var value) ? value : _original.ValueOf(key);
    }
}
