using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>What a great power offers the hedging state.</summary>
public enum OfferKind
{
    /// <summary>A new label for the relationship, such as a "strategic partnership" (alignment).</summary>
    [Description("partnership upgrade")]
    PartnershipUpgrade,

    /// <summary>Access to the hedging state's bases (alignment).</summary>
    [Description("base access")]
    BaseAccess,

    /// <summary>A treaty of alliance (alignment; a guarantee).</summary>
    [Description("alliance treaty")]
    AllianceTreaty,

    /// <summary>A security guarantee (alignment; a guarantee).</summary>
    [Description("security guarantee")]
    SecurityGuarantee,

    /// <summary>Troops stationed on the hedging state's soil (alignment; always Land).</summary>
    [Description("troop stationing")]
    TroopStationing,

    /// <summary>Sales of arms (material).</summary>
    [Description("arms sales")]
    ArmsSales,

    /// <summary>Military aid (material).</summary>
    [Description("military aid")]
    MilitaryAid,

    /// <summary>Economic aid (material).</summary>
    [Description("economic aid")]
    EconomicAid,

    /// <summary>Building the hedging state's own capacity, such as its navy (material).</summary>
    [Description("capacity building")]
    CapacityBuilding,
}
