namespace AllianceRules.Facts.Derived;

/// <summary>Derived: the power can protect the hedging state on land, for the reason given.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Basis">Why it can.</param>
public sealed record CanProtectLand(GreatPower Power, LandProtectionBasis Basis);
