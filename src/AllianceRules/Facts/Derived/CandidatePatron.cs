using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Facts.Derived;

/// <summary>
/// Derived: an extra-regional power that contains the neighbour, and so could supply the
/// security the hedging state cannot supply alone (C08, C09).
/// </summary>
/// <param name="Power">The great power.</param>
[Description("{power} as a candidate patron")]
public sealed record CandidatePatron(GreatPower Power) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"{Power.Name} is a candidate patron";
}
