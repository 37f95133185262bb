using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: the hedging state's posture. Exactly one is drawn per assessment.</summary>
/// <param name="Value">The posture.</param>
public sealed record PostureConclusion(Posture Value) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"posture {Value}";
}
