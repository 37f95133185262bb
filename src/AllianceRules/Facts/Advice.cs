using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>The article's prescriptions to a great power.</summary>
public enum Advice
{
    /// <summary>Respect the hedging state's strategic autonomy (C11).</summary>
    [Description("respect the hedging state's strategic autonomy")]
    RespectStrategicAutonomy,

    /// <summary>Do not push an upgrade while relations are good (C12, C15).</summary>
    [Description("do not push an upgrade while relations are good")]
    DoNotPushUpgrade,

    /// <summary>Approach the hedging state seriously (C18).</summary>
    [Description("approach the hedging state seriously")]
    ApproachSeriously,

    /// <summary>Offer generous military and economic aid (C18).</summary>
    [Description("offer generous military and economic aid")]
    OfferGenerousAid,

    /// <summary>Offer a security guarantee (C30).</summary>
    [Description("offer a security guarantee")]
    OfferSecurityGuarantee,

    /// <summary>Station troops as a tripwire (C46).</summary>
    [Description("station troops as a tripwire")]
    StationTripwireTroops,

    /// <summary>Commit for the long term, whatever domestic politics bring (C47, C49, C50).</summary>
    [Description("commit for the long term, whatever domestic politics bring")]
    CommitLongTerm,

    /// <summary>Respect the hedging state's political system (C44).</summary>
    [Description("respect the hedging state's political system")]
    RespectPoliticalSystem,

    /// <summary>Do not raise expectations of a commitment that cannot cover land (C53).</summary>
    [Description("do not raise expectations of a commitment that cannot cover land")]
    DoNotRaiseExpectations,

    /// <summary>Show that the distant water can be crossed when needed (C55, C56).</summary>
    [Description("show that the distant water can be crossed when needed")]
    DemonstrateReach,

    /// <summary>Manage expectations: substance over labels (C51, C52).</summary>
    [Description("manage expectations: substance over labels")]
    ManageExpectations,
}
