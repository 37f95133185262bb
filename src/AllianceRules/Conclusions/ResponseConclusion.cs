using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: the hedging state's answer to one offer. Offers with no conclusion are <see cref="Decision.NoClaim"/>.</summary>
/// <param name="Offer">The offer.</param>
/// <param name="Decision">The answer.</param>
[Description("a response to {offer}")]
public sealed record ResponseConclusion(GreatPowerOffer Offer, Decision Decision) : IDescribedFact, IValuedConclusion
{
    object IValuedConclusion.Slot => Offer;

    ConclusionKey IValuedConclusion.Key => ConclusionKey.Response(Offer.From, Offer.Kind);

    string IValuedConclusion.Value => Decision.ToString();

    /// <inheritdoc/>
    public string Describe() => $"{Phrases.Of(Decision)}: {Offer.Describe()}";
}
