namespace AllianceRules.Facts;

/// <summary>What keeps a patron's commitment from being credible (C43).</summary>
public enum Gap
{
    /// <summary>No AllianceTreaty or SecurityGuarantee is on the table (C30).</summary>
    NoSecurityGuarantee,

    /// <summary>No guarantee protects the hedging state on land (C45, C24, C33).</summary>
    NoLandProtection,

    /// <summary>No guarantee protects the hedging state at sea (C45).</summary>
    NoSeaProtection,

    /// <summary>A power that cannot press the neighbour on land offers no troops on the hedging state's soil (C46).</summary>
    NoTripwireTroops,

    /// <summary>After a sharp deterioration, its military and economic aid falls short of the Soviet benchmark (C28, C25).</summary>
    AidBelowBenchmark,

    /// <summary>Its long-term resolve is not demonstrated (C47, C49).</summary>
    ResolveNotDemonstrated,

    /// <summary>It has not affirmed, or only partly, respect for the hedging state's political system (C44).</summary>
    PoliticalSystemNotAffirmed,

    /// <summary>It offers arms sales and no guarantee (C29).</summary>
    ArmsSalesAloneInsufficient,

    /// <summary>It can no longer supply the security and aid it offers (C27).</summary>
    NotCapable,
}
