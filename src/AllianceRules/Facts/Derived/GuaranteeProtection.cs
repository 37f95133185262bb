using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>Derived: a guarantee protects the hedging state in one domain (C45).</summary>
/// <param name="Guarantee">The AllianceTreaty or SecurityGuarantee offer.</param>
/// <param name="Domain">The domain it protects.</param>
[Description("protection of {hedger} by this offer: {offer}")]
public sealed record GuaranteeProtection(GreatPowerOffer Guarantee, Domain Domain) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Guarantee.Describe()} protects {(Domain == Domain.Land ? "on land" : "at sea")}";
}
