namespace AllianceRules.Facts;

/// <summary>The groups of offers the rulebook reasons over.</summary>
public static class OfferGroups
{
    /// <summary>
    /// Alignment offers draw the hedging state toward the great power's camp:
    /// PartnershipUpgrade, BaseAccess, AllianceTreaty, SecurityGuarantee, TroopStationing.
    /// </summary>
    /// <param name="kind">The offer kind.</param>
    /// <returns><see langword="true"/> for an alignment offer.</returns>
    public static bool IsAlignment(this OfferKind kind) =>
        kind is OfferKind.PartnershipUpgrade or OfferKind.BaseAccess or OfferKind.AllianceTreaty
            or OfferKind.SecurityGuarantee or OfferKind.TroopStationing;

    /// <summary>Guarantees commit the great power to defend the hedging state: AllianceTreaty, SecurityGuarantee.</summary>
    /// <param name="kind">The offer kind.</param>
    /// <returns><see langword="true"/> for a guarantee.</returns>
    public static bool IsGuarantee(this OfferKind kind) =>
        kind is OfferKind.AllianceTreaty or OfferKind.SecurityGuarantee;

    /// <summary>Material offers: ArmsSales, MilitaryAid, EconomicAid, CapacityBuilding.</summary>
    /// <param name="kind">The offer kind.</param>
    /// <returns><see langword="true"/> for a material offer.</returns>
    public static bool IsMaterial(this OfferKind kind) =>
        kind is OfferKind.ArmsSales or OfferKind.MilitaryAid or OfferKind.EconomicAid or OfferKind.CapacityBuilding;

    /// <summary>Aid offers, the ones that may state an amount: MilitaryAid, EconomicAid.</summary>
    /// <param name="kind">The offer kind.</param>
    /// <returns><see langword="true"/> for an aid offer.</returns>
    public static bool IsAid(this OfferKind kind) =>
        kind is OfferKind.MilitaryAid or OfferKind.EconomicAid;
}
