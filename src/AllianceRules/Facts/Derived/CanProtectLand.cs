using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>Derived: the power can protect the hedging state on land, for the reason given.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Basis">Why it can.</param>
[Description("{power} can protect {hedger} on land")]
public sealed record CanProtectLand(GreatPower Power, LandProtectionBasis Basis) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => Basis == LandProtectionBasis.LandPressure ? $"{Power.Name} can protect on land by pressing the neighbour" : $"{Power.Name} can protect on land with troops on the hedging state's soil";
}
