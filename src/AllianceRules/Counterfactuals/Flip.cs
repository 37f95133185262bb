using AllianceRules.Conclusions;

namespace AllianceRules.Counterfactuals;

/// <summary>One way a conclusion flips: its value before and after, and the smallest set of input changes that does it.</summary>
/// <param name="Conclusion">The conclusion's key, as in <see cref="Conclusions.ConclusionMap"/>.</param>
/// <param name="From">Its value for the scenario as given.</param>
/// <param name="To">Its value after the changes (<c>(none)</c> when it is no longer drawn).</param>
/// <param name="Changes">The changes, each a JSON path of the scenario with its value before and after.</param>
public sealed record Flip(ConclusionKey Conclusion, string From, string To, IReadOnlyList<ScenarioChange> Changes);
