using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>What keeps a patron's commitment from being credible (C43).</summary>
public enum Gap
{
    /// <summary>No AllianceTreaty or SecurityGuarantee is on the table (C30).</summary>
    [Description("no security guarantee")]
    NoSecurityGuarantee,

    /// <summary>No guarantee protects the hedging state on land (C45, C24, C33).</summary>
    [Description("no protection on land")]
    NoLandProtection,

    /// <summary>No guarantee protects the hedging state at sea (C45).</summary>
    [Description("no protection at sea")]
    NoSeaProtection,

    /// <summary>A power that cannot press the neighbour on land offers no troops on the hedging state's soil (C46).</summary>
    [Description("no tripwire troops")]
    NoTripwireTroops,

    /// <summary>After a sharp deterioration, its military and economic aid falls short of the Soviet benchmark (C28, C25).</summary>
    [Description("aid below the 1980s benchmark")]
    AidBelowBenchmark,

    /// <summary>Its long-term resolve is not demonstrated (C47, C49).</summary>
    [Description("resolve not demonstrated")]
    ResolveNotDemonstrated,

    /// <summary>It has not affirmed, or only partly, respect for the hedging state's political system (C44).</summary>
    [Description("respect for the political system not affirmed")]
    PoliticalSystemNotAffirmed,

    /// <summary>It offers arms sales and no guarantee (C29).</summary>
    [Description("arms sales without a guarantee")]
    ArmsSalesAloneInsufficient,

    /// <summary>It can no longer supply the security and aid it offers (C27).</summary>
    [Description("no longer capable")]
    NotCapable,
}
