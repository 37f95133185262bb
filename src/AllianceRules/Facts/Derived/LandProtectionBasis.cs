namespace AllianceRules.Facts.Derived;

/// <summary>Why a great power can protect the hedging state on land.</summary>
public enum LandProtectionBasis
{
    /// <summary>It borders the neighbour and does not avoid a land war (C24, C33).</summary>
    LandPressure,

    /// <summary>It offers troops on the hedging state's soil (C46).</summary>
    TroopsOnSoil,
}
