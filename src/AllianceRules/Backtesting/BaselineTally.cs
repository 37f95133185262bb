namespace AllianceRules.Backtesting;

/// <summary>A baseline's score over the fields of a set, beside the rulebook's.</summary>
/// <param name="Baseline">The baseline.</param>
/// <param name="Score">Its score over every field of the set.</param>
/// <param name="MatchesWhereTheorySpeaks">How many of the fields the rulebook speaks on (does not abstain on) the baseline matches: the like-for-like comparison.</param>
public sealed record BaselineTally(Baseline Baseline, Tally Score, int MatchesWhereTheorySpeaks);
