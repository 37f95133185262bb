namespace AllianceRules.Theory;

/// <summary>A decision-table row whose conclusions differ between two rulebooks.</summary>
/// <param name="Before">The row under the first rulebook.</param>
/// <param name="After">The same inputs under the second.</param>
public sealed record RowChange(DecisionRow Before, DecisionRow After)
{
    /// <summary>Each conclusion of the row that differs, by key, with what drew it on each side.</summary>
    public IReadOnlyList<ConclusionChange> Changes { get; init; } = [];
}
