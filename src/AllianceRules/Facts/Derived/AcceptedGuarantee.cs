using System.ComponentModel;
namespace AllianceRules.Facts.Derived;

/// <summary>Derived: a guarantee the hedging state accepts, and so the exchange base access is the price of (C22).</summary>
/// <param name="Power">The great power that gives it.</param>
/// <param name="Guarantee">The guarantee.</param>
[Description("a guarantee from {power} that {hedger} accepts")]
public sealed record AcceptedGuarantee(GreatPower Power, GreatPowerOffer Guarantee) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"the hedging state accepts {Guarantee.Describe()}";
}
