namespace AllianceRules.Conclusions;

/// <summary>
/// A conclusion fact that gives its conclusion one value of several (a posture, a response, a
/// commitment's credibility, an outlook). Two rules that draw one slot with different values
/// conflict, which the theory lint reports; each kind says here how it is traced, so the lint
/// lists no kinds. Kinds that are drawn or not (needs, gaps, risks, advice) do not implement it.
/// </summary>
internal interface IValuedConclusion
{
    /// <summary>What one value is drawn for: facts with equal slots and different values conflict.</summary>
    object Slot { get; }

    /// <summary>The conclusion's key.</summary>
    ConclusionKey Key { get; }

    /// <summary>The value drawn, as <see cref="ConclusionMap"/> writes it.</summary>
    string Value { get; }
}
