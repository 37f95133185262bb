using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>Derived: the hedging state relies on a power through an offer, a guarantee on the table or an offer it accepts.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Offer">The offer it relies on.</param>
[Description("reliance on {power}")]
public sealed record Reliance(GreatPower Power, GreatPowerOffer Offer) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"relies on {Power.Name} through: {Offer.Describe()}";
}
