namespace AllianceRules.Diagnostics;

/// <summary>How far a long operation (a sweep, a what-if or why-not search, a theory diff) has come.</summary>
/// <param name="Done">How many assessments it has made.</param>
/// <param name="Total">How many it will make in all, where that is known; null for a lazy sequence.</param>
public sealed record SweepProgress(int Done, int? Total);
