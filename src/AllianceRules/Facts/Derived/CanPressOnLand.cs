using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>Derived: the power borders the neighbour on land and so can press it directly (C24, C32).</summary>
/// <param name="Power">The great power.</param>
[Description("{power} can press {neighbour} on land")]
public sealed record CanPressOnLand(GreatPower Power) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Power.Name} can press the neighbour on land";
}
