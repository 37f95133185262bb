using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: a gap in a patron's commitment.</summary>
/// <param name="Power">The patron.</param>
/// <param name="Gap">What is missing.</param>
[Description("a gap in {power}'s commitment")]
public sealed record GapConclusion(GreatPower Power, Gap Gap) : IDescribedFact
{
    /// <inheritdoc/>
    public string Describe() => $"commitment of {Power.Name} falls short: {Phrases.Of(Gap)}";
}
