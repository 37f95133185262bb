namespace AllianceRules.Conclusions;

/// <summary>
/// A condition a rule met because something was absent (a <c>Not</c>): what was absent, in words,
/// and, for a fact the rules derive, each rule that could have drawn it and why it did not.
/// </summary>
/// <param name="Fact">The absent fact's type name, for example <c>CanProtectLand</c> or <c>GapConclusion</c>.</param>
/// <param name="Text">What was absent, in words, for example <c>India can protect the hedging state on land</c>.</param>
/// <param name="Checked">The rules that could have drawn it, ordered by name; empty for a fact of the input.</param>
public sealed record AbsentCondition(string Fact, string Text, IReadOnlyList<CheckedRule> Checked);
