using AllianceRules.Conclusions;

namespace AllianceRules.Theory;

/// <summary>A conclusion of a built-in scenario that differs between two rulebooks.</summary>
/// <param name="Scenario">The scenario's ID.</param>
/// <param name="Conclusion">The conclusion's key (see <see cref="Conclusions.ConclusionMap"/>).</param>
/// <param name="Before">Its value under the first rulebook (<c>(none)</c> if not drawn).</param>
/// <param name="After">Its value under the second.</param>
public sealed record ConclusionChange(string Scenario, ConclusionKey Conclusion, string Before, string After);
