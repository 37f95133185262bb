using AllianceRules.Engine;
using AllianceRules.Conclusions;
using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// What would have to change for each conclusion of a scenario to come out otherwise: for every
/// conclusion and every other value it can take, the smallest sets of input changes that give
/// it that value (the single changes; pairs only where no single change does).
/// </summary>
/// <param name="Scenario">The scenario explored, by ID if it has one.</param>
/// <param name="Flips">Every flip, ordered by conclusion, new value, then the changes.</param>
public sealed record WhatIf(string? Scenario, IReadOnlyList<Flip> Flips)
{
    /// <summary>How many scenarios around the given one were assessed.</summary>
    public int Assessed { get; init; }

    /// <summary>
    /// Whether the search stopped at its budget (<see cref="AllianceRulesOptions.MaxSearchAssessments"/>)
    /// before it assessed every pair of changes: then some flips that need two changes are not listed.
    /// </summary>
    public bool StoppedAtBudget { get; init; }

    /// <summary>
    /// The inputs the search held fixed, so proposed no change of: the roles, geography between
    /// third parties (unless <see cref="CounterfactualOptions.VaryThirdPartyGeography"/>), and
    /// what the caller named (<see cref="CounterfactualOptions.Fixed"/>).
    /// </summary>
    public IReadOnlyList<FixedInput> Fixed { get; init; } = [];

    /// <summary>
    /// The scenario's conclusions no change the search tried gives another value, in key order:
    /// listed so that a conclusion absent from <see cref="Flips"/> is seen to hold, not to have been
    /// left out.
    /// </summary>
    public IReadOnlyList<ConclusionKey> Unflipped { get; init; } = [];

// RS0026/RS0027: the two overloads differ in their third parameter (CounterfactualOptions or
// IProgress); only a literal null passed there positionally is ambiguous, and that is a compile
// error, never a silent choice of overload.
#pragma warning disable RS0026, RS0027
    /// <summary>Explores the changes around <paramref name="scenario"/>.</summary>
    /// <param name="assessor">The rulebook to apply.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The flips.</returns>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static WhatIf Explore(RulebookHost assessor, Scenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Explore(assessor, scenario, CounterfactualOptions.Default, progress, cancellationToken);

    /// <summary>Explores the changes around <paramref name="scenario"/> that leave what <paramref name="options"/> holds fixed unchanged.</summary>
    /// <param name="assessor">The rulebook to apply.</param>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">What the search may not change.</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <returns>The flips, with what was held fixed.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">A fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static WhatIf Explore(RulebookHost assessor, Scenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        return Explore(assessor, ValidScenario.From(scenario), options, progress, cancellationToken);
    }
#pragma warning restore RS0026, RS0027

    internal static WhatIf Explore(RulebookHost assessor, ValidScenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Start("WhatIf", scenario.Value.Id);
        var held = HeldInputs.Resolve(scenario.Value, options);
        var original = ConclusionMap.Of(assessor.AssessVerdicts(scenario, cancellationToken));
        var search = new CounterfactualSearch(assessor, scenario, original, held, progress, cancellationToken, original.ContainsKey, pairsOnlyWhereNoSingleReaches: true);
        var whatIf = Of(search, scenario.Value.Id);
        activity?.SetTag(AllianceRulesDiagnostics.AssessedTag, search.Assessed);
        if (search.StoppedAtBudget)
        {
            Log.SearchBudgetReached(assessor.Logger, "What-if", scenario.Value.Id, search.Assessed);
        }

        return whatIf;
    }

    /// <summary>
    /// The what-if a search found: each conclusion of the scenario a neighbour flips, by single
    /// changes, else by pairs. The search may keep only what this reads (see
    /// <see cref="CounterfactualSearch"/>'s <c>pairsOnlyWhereNoSingleReaches</c>); a test checks
    /// that one which keeps everything gives the same.
    /// </summary>
    internal static WhatIf Of(CounterfactualSearch search, string? id)
    {
        _ = search.Pairs;
        var flips = new List<Flip>();
        var reachedBySingles = new HashSet<(ConclusionKey, string)>();
        foreach (var neighbour in search.Singles)
        {
            foreach (var (key, to) in Flipped(search.Original, neighbour))
            {
                reachedBySingles.Add((key, to));
                flips.Add(new Flip(key, search.Original[key], to, neighbour.Changes));
            }
        }

        foreach (var neighbour in search.Pairs)
        {
            foreach (var (key, to) in Flipped(search.Original, neighbour).Where(f => !reachedBySingles.Contains(f)))
            {
                flips.Add(new Flip(key, search.Original[key], to, neighbour.Changes));
            }
        }

        var flipped = flips.Select(f => f.Conclusion).ToHashSet();
        return new WhatIf(
            id,
            [.. flips
                .OrderBy(f => f.Conclusion)
                .ThenBy(f => f.To, StringComparer.Ordinal)
                .ThenBy(f => f.Changes.Count)
                .ThenBy(f => string.Join("; ", f.Changes), StringComparer.Ordinal)])
        {
            Assessed = search.Assessed,
            StoppedAtBudget = search.StoppedAtBudget,
            Fixed = search.Held.Fixed,
            Unflipped = [.. search.Original.Keys.Where(key => !flipped.Contains(key)).Order()],
        };
    }

    /// <summary>
    /// The conclusions of the original whose value differs in a neighbour. A response that is
    /// gone because its offer was removed is not a flip of the decision.
    /// </summary>
    private static IEnumerable<(ConclusionKey Key, string To)> Flipped(ConclusionMap original, CounterfactualSearch.Neighbour neighbour)
    {
        foreach (var (key, to) in neighbour.Changed)
        {
            if (original.ContainsKey(key) && !(to == ConclusionMap.Absent && key.Kind == ConclusionKind.Response))
            {
                yield return (key, to);
            }
        }
    }
}
