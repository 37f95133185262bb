using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>
/// Derived: a candidate patron while the hedging state balances, the power it is open to ally
/// with (C06). Rules about what balancing asks of a patron match this one fact.
/// </summary>
/// <param name="Power">The great power.</param>
[Description("{power} as a patron while balancing")]
public sealed record ActivePatron(GreatPower Power) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Power.Name} is a patron while balancing";
}
