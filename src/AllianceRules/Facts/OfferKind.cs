namespace AllianceRules.Facts;

/// <summary>What a great power offers the hedging state.</summary>
public enum OfferKind
{
    /// <summary>A new label for the relationship, such as a "strategic partnership" (alignment).</summary>
    PartnershipUpgrade,

    /// <summary>Access to the hedging state's bases (alignment).</summary>
    BaseAccess,

    /// <summary>A treaty of alliance (alignment; a guarantee).</summary>
    AllianceTreaty,

    /// <summary>A security guarantee (alignment; a guarantee).</summary>
    SecurityGuarantee,

    /// <summary>Troops stationed on the hedging state's soil (alignment; always Land).</summary>
    TroopStationing,

    /// <summary>Sales of arms (material).</summary>
    ArmsSales,

    /// <summary>Military aid (material).</summary>
    MilitaryAid,

    /// <summary>Economic aid (material).</summary>
    EconomicAid,

    /// <summary>Building the hedging state's own capacity, such as its navy (material).</summary>
    CapacityBuilding,
}
