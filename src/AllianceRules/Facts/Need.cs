namespace AllianceRules.Facts;

/// <summary>What the hedging state needs from a great power.</summary>
public enum Need
{
    /// <summary>Respect for its strategic autonomy (C11, C07).</summary>
    RespectAutonomy,

    /// <summary>Generous military and economic aid (C18, C28).</summary>
    GenerousAid,

    /// <summary>A security guarantee (C30).</summary>
    SecurityGuarantee,

    /// <summary>Protection on land and at sea (C45).</summary>
    LandAndSeaProtection,

    /// <summary>Resolve to contain the neighbour over the long term (C47, C49).</summary>
    LongTermResolve,

    /// <summary>Respect for its political system (C44).</summary>
    RespectPoliticalSystem,

    /// <summary>Troops on its soil as a tripwire, from a power that cannot press the neighbour on land (C46).</summary>
    TripwireTroops,
}
