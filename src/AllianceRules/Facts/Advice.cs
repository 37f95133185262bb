namespace AllianceRules.Facts;

/// <summary>The article's prescriptions to a great power.</summary>
public enum Advice
{
    /// <summary>Respect the hedging state's strategic autonomy (C11).</summary>
    RespectStrategicAutonomy,

    /// <summary>Do not push an upgrade while relations are good (C12, C15).</summary>
    DoNotPushUpgrade,

    /// <summary>Approach the hedging state seriously (C18).</summary>
    ApproachSeriously,

    /// <summary>Offer generous military and economic aid (C18).</summary>
    OfferGenerousAid,

    /// <summary>Offer a security guarantee (C30).</summary>
    OfferSecurityGuarantee,

    /// <summary>Station troops as a tripwire (C46).</summary>
    StationTripwireTroops,

    /// <summary>Commit for the long term, whatever domestic politics bring (C47, C49, C50).</summary>
    CommitLongTerm,

    /// <summary>Respect the hedging state's political system (C44).</summary>
    RespectPoliticalSystem,

    /// <summary>Do not raise expectations of a commitment that cannot cover land (C53).</summary>
    DoNotRaiseExpectations,

    /// <summary>Show that the distant water can be crossed when needed (C55, C56).</summary>
    DemonstrateReach,

    /// <summary>Manage expectations: substance over labels (C51, C52).</summary>
    ManageExpectations,
}
