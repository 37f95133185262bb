using System.Collections.Concurrent;
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
/// the conclusions that differ from the scenario's, under the scenario's own keys (one copy of each
/// new key for the whole search), so memory grows with what changes; a caller that asks about
/// some conclusions only keeps less still (see the constructor).
/// </summary>
internal sealed class CounterfactualSearch
{
    private readonly RulebookHost _assessor;
    private readonly Scenario _scenario;
    private readonly IProgress<SweepProgress>? _progress;
    private readonly CancellationToken _cancellationToken;
    private readonly Lazy<Neighbour[]> _pairs;
    private readonly ConcurrentDictionary<ConclusionKey, ConclusionKey> _newKeys = new();
    private readonly Func<ConclusionKey, string, bool>? _keep;
    private readonly bool _pairsOnlyWhereNoSingleReaches;
    private int _budget;

    /// <summary>Assesses the single changes around <paramref name="scenario"/>.</summary>
    /// <param name="assessor">The rulebook, with the search's budget.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="original">What the rules conclude of the scenario.</param>
    /// <param name="held">What the search may not change.</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <param name="asksAbout">
    /// The conclusions the caller will ask about, all when null: a neighbour keeps only their
    /// changes. A large scenario's neighbours differ from it in thousands of conclusions, and
    /// kept whole they made up most of the search's memory.
    /// </param>
    /// <param name="pairsOnlyWhereNoSingleReaches">
    /// Keep of a pair only the values no single change reaches, as a what-if reports them: a
    /// large scenario's pairs mostly repeat what one of their changes does alone (every pair with
    /// a change of the relation, say). Such a search still answers
    /// <see cref="Reaching(ConclusionKey, string)"/> as one that keeps everything would, for a key
    /// it asks about and a value other than the original's, and no goal that reads two conclusions.
    /// </param>
    public CounterfactualSearch(
        RulebookHost assessor, ValidScenario scenario, ConclusionMap original, HeldInputs held, IProgress<SweepProgress>? progress, CancellationToken cancellationToken,
        Func<ConclusionKey, bool>? asksAbout = null,
        bool pairsOnlyWhereNoSingleReaches = false)
    {
        _keep = asksAbout is null ? null : (key, _) => asksAbout(key);
        _pairsOnlyWhereNoSingleReaches = pairsOnlyWhereNoSingleReaches;
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
        Singles = AssessAll(singles.Select(n => (n.Changes, n.Scenario!)).ToArray(), _keep);
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

    /// <summary>
    /// One copy of a conclusion the scenario does not draw and neighbours do (a response to an
    /// added offer, say): a large scenario's neighbours differ from it in many conclusions, and
    /// each neighbour's own copies of their keys made up most of the search's memory.
    /// </summary>
    private ConclusionKey NewKey(ConclusionKey key) => _newKeys.GetOrAdd(key, key);

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

        var keep = _keep;
        if (_pairsOnlyWhereNoSingleReaches)
        {
            HashSet<(ConclusionKey, string)> reachedBySingles = [.. Singles.SelectMany(n => n.Changed.Select(c => (c.Key, c.Value)))];
            keep = (key, value) => (_keep is null || _keep(key, value)) && !reachedBySingles.Contains((key, value));
        }

        return AssessAll([.. pairs], keep);
    }

    /// <summary>Assesses the neighbours; each keeps what <paramref name="keep"/> accepts of its changed conclusions, everything when it is null.</summary>
    private Neighbour[] AssessAll((ScenarioChange[] Changes, ValidScenario Scenario)[] neighbours, Func<ConclusionKey, string, bool>? keep)
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
            (i, assessment) => new Neighbour(neighbours[i].Changes, Original, ConclusionMap.Of(assessment), NewKey, keep),
            RulebookHost.Rethrow<Neighbour>,
            counter,
            Detail.Values,
            _cancellationToken);
    }

    /// <summary>A scenario near the original: the changes that make it, and the conclusions that differ there.</summary>
    internal sealed class Neighbour
    {
        private readonly ConclusionMap _original;
        private readonly Dictionary<ConclusionKey, string> _changed;

        public Neighbour(
            IReadOnlyList<ScenarioChange> changes, ConclusionMap original, ConclusionMap conclusions, Func<ConclusionKey, ConclusionKey> newKey, Func<ConclusionKey, string, bool>? keep)
        {
            Changes = changes;
            _original = original;
            _changed = original.DifferencesIn(conclusions, newKey, keep);
        }

        public IReadOnlyList<ScenarioChange> Changes { get; }

        /// <summary>
        /// The conclusions whose value here differs from the original's, <see cref="ConclusionMap.Absent"/>
        /// for those no longer drawn: those the search keeps (all, unless its caller asks about
        /// some only, or keeps of pairs only what no single change reaches).
        /// </summary>
        public IReadOnlyDictionary<ConclusionKey, string> Changed => _changed;

        /// <summary>The value of a conclusion here; for one the search does not keep, the original's, whatever it is here.</summary>
        public string ValueOf(ConclusionKey key) => _changed.TryGetValue(key, out var value) ? value : _original.ValueOf(key);
    }
}
