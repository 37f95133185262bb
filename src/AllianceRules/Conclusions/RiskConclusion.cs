using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: a risk, with the power and the offer that raise it where there are such.</summary>
/// <param name="Risk">The risk.</param>
/// <param name="Power">The great power concerned, if one is.</param>
/// <param name="Offer">The offer that raises the risk, if one does.</param>
public sealed record RiskConclusion(Risk Risk, GreatPower? Power, GreatPowerOffer? Offer) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => Power is null ? $"risk: {Phrases.Of(Risk)}" : $"risk: {Phrases.Of(Risk)}, with {Power.Name}";
}
