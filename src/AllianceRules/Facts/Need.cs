using System.ComponentModel;

namespace AllianceRules.Facts;

/// <summary>What the hedging state needs from a great power.</summary>
public enum Need
{
    /// <summary>Respect for its strategic autonomy (C11, C07).</summary>
    [Description("respect for its strategic autonomy")]
    RespectAutonomy,

    /// <summary>Generous military and economic aid (C18, C28).</summary>
    [Description("generous military and economic aid")]
    GenerousAid,

    /// <summary>A security guarantee (C30).</summary>
    [Description("a security guarantee")]
    SecurityGuarantee,

    /// <summary>Protection on land and at sea (C45).</summary>
    [Description("protection on land and at sea")]
    LandAndSeaProtection,

    /// <summary>Resolve to contain the neighbour over the long term (C47, C49).</summary>
    [Description("resolve to contain the neighbour over the long term")]
    LongTermResolve,

    /// <summary>Respect for its political system (C44).</summary>
    [Description("respect for its political system")]
    RespectPoliticalSystem,

    /// <summary>Troops on its soil as a tripwire, from a power that cannot press the neighbour on land (C46).</summary>
    [Description("troops on its soil as a tripwire")]
    TripwireTroops,
}
