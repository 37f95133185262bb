using AllianceRules.Conclusions;
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
    /// <summary>Explores the changes around <paramref name="scenario"/>.</summary>
    /// <param name="assessor">The rulebook to apply.</param>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The flips.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    public static WhatIf Explore(AllianceAssessor assessor, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        return Explore(assessor, ValidScenario.From(scenario));
    }

    internal static WhatIf Explore(AllianceAssessor assessor, ValidScenario scenario)
    {
        var search = new CounterfactualSearch(assessor, scenario, ConclusionMap.Of(assessor.Assess(scenario)));
        var flips = new List<Flip>();
        var reachedBySingles = new HashSet<(ConclusionKey, string)>();
        foreach (var neighbour in search.Singles)
        {
            foreach (var (key, to) in Flipped(search.Original, neighbour.Conclusions))
            {
                reachedBySingles.Add((key, to));
                flips.Add(new Flip(key, search.Original[key], to, neighbour.Changes));
            }
        }

        foreach (var neighbour in search.Pairs)
        {
            foreach (var (key, to) in Flipped(search.Original, neighbour.Conclusions).Where(f => !reachedBySingles.Contains(f)))
            {
                flips.Add(new Flip(key, search.Original[key], to, neighbour.Changes));
            }
        }

        return new WhatIf(
            scenario.Value.Id,
            [.. flips
                .OrderBy(f => f.Conclusion)
                .ThenBy(f => f.To, StringComparer.Ordinal)
                .ThenBy(f => f.Changes.Count)
                .ThenBy(f => string.Join("; ", f.Changes), StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The conclusions of the original whose value differs in a neighbour. A response that is
    /// gone because its offer was removed is not a flip of the decision.
    /// </summary>
    private static IEnumerable<(ConclusionKey Key, string To)> Flipped(ConclusionMap original, ConclusionMap changed)
    {
        foreach (var (key, value) in original)
        {
            var to = changed.ValueOf(key);
            if (to != value && !(to == ConclusionMap.Absent && key.Kind == ConclusionKind.Response))
            {
                yield return (key, to);
            }
        }
    }
}
