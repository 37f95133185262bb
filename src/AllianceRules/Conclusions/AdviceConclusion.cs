using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: the article's advice to a great power.</summary>
/// <param name="Power">The great power advised.</param>
/// <param name="Advice">The advice.</param>
public sealed record AdviceConclusion(GreatPower Power, Advice Advice) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"advice to {Power.Name}: {Phrases.Of(Advice)}";
}
