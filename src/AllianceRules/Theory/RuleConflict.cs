using AllianceRules.Conclusions;

namespace AllianceRules.Theory;

/// <summary>Two rules that draw different values for one conclusion in the same scenario.</summary>
/// <param name="Kind">The kind of conclusion.</param>
/// <param name="FirstRule">One rule (the first by name).</param>
/// <param name="FirstValue">The value it draws.</param>
/// <param name="SecondRule">The other rule.</param>
/// <param name="SecondValue">The value it draws.</param>
/// <param name="Rows">How many decision-table rows it happens in.</param>
/// <param name="Episodes">The built-in episodes it happens in, by ID, in their order.</param>
/// <param name="Example">Where it happens first: a decision-table row's inputs or an episode's ID, with the conclusion's key.</param>
public sealed record RuleConflict(
    ConclusionKind Kind,
    string FirstRule,
    string FirstValue,
    string SecondRule,
    string SecondValue,
    int Rows,
    IReadOnlyList<string> Episodes,
    string Example);
