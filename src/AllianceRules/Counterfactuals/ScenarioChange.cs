namespace AllianceRules.Counterfactuals;

/// <summary>One discrete change to a scenario's input, located by its JSON path.</summary>
/// <param name="Field">
/// The JSON path of what changes, such as <c>relation.level</c>, <c>powers[0].stance</c>,
/// <c>offers[1].domains</c>; <c>offers[+]</c> and <c>geography[+]</c> add an entry, and an
/// indexed path with <see cref="To"/> <c>(removed)</c> removes one.
/// </param>
/// <param name="From">The value before, in words (<c>(none)</c> for an addition).</param>
/// <param name="To">The value after, in words (<c>(removed)</c> for a removal).</param>
public sealed record ScenarioChange(string Field, string From, string To)
{
    /// <summary>Applies the change to a draft; kept out of equality and JSON.</summary>
    internal Action<ScenarioDraft> Apply { get; init; } = _ => { };

    /// <summary>The change in words: <c>relation.level: Stable → Hostile</c>.</summary>
    /// <returns>The field, the value before and the value after.</returns>
    public override string ToString() => $"{Field}: {From} → {To}";

    /// <inheritdoc />
    public bool Equals(ScenarioChange? other) =>
        other is not null && Field == other.Field && From == other.From && To == other.To;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Field, From, To);
}
