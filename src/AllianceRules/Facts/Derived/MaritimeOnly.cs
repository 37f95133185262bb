using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>Derived: the power cannot protect the hedging state on land, so it protects at sea at most (C33).</summary>
/// <param name="Power">The great power.</param>
[Description("{power} protecting at sea at most")]
public sealed record MaritimeOnly(GreatPower Power) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Power.Name} can protect at sea at most";
}
