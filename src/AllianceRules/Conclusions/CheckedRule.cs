namespace AllianceRules.Conclusions;

/// <summary>A rule that could have drawn an absent fact and did not, with the decisions a conclusion drawn from the absence rests on.</summary>
/// <param name="Rule">The rule's stable name.</param>
/// <param name="Decisions">The IDs of the decisions the rule cites: a reading of the article that, had it been different, could have drawn the fact.</param>
/// <param name="Unmet">Why it did not fire, in words, when its own conditions on the input failed; <see langword="null"/> when a fact it needs was absent (see <paramref name="Absent"/>) or no subject is known.</param>
/// <param name="Absent">The derived facts it needs that were absent for the same subject, each with the rules that could have drawn it.</param>
public sealed record CheckedRule(string Rule, IReadOnlyList<string> Decisions, string? Unmet, [property: OmittedWhenEmpty] IReadOnlyList<AbsentCondition> Absent);
