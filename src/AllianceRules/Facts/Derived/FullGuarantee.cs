using System.ComponentModel;
namespace AllianceRules.Facts.Derived;

/// <summary>
/// Derived: a guarantee that protects the hedging state on land and at sea, "like the one the
/// Soviets granted" (C30, C28, C45).
/// </summary>
/// <param name="Guarantee">The guarantee.</param>
[Description("protection of {hedger} both on land and at sea by this offer: {offer}")]
public sealed record FullGuarantee(GreatPowerOffer Guarantee) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Guarantee.Describe()} protects on land and at sea";
}
