namespace AllianceRules.Theory;

/// <summary>One decision-table row of a <see cref="TheoryExport"/>: the row, and every conclusion drawn there with what drew it.</summary>
/// <param name="Row">The row's inputs and typed conclusions (or its rulebook error).</param>
/// <param name="Conclusions">Every conclusion of the row with the rules, claims and decisions behind it, ordered by key.</param>
public sealed record TheoryRow(DecisionRow Row, IReadOnlyList<TheoryConclusion> Conclusions);
