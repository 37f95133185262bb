using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: something the hedging state needs from a great power.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Need">What it needs.</param>
public sealed record NeedConclusion(GreatPower Power, Need Need) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"needs {Phrases.Of(Need)} from {Power.Name}";
}
