using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: the outlook for an alliance with a great power.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Outlook">How likely an alliance is.</param>
public sealed record OutlookConclusion(GreatPower Power, AllianceOutlook Outlook) : IDescribedFact, IValuedConclusion
{
    object IValuedConclusion.Slot => ("outlook", Power.Name);

    ConclusionKey IValuedConclusion.Key => ConclusionKey.Outlook(Power.Name);

    string IValuedConclusion.Value => Outlook.ToString();

    /// <inheritdoc/>
    public string Describe() => $"alliance with {Power.Name} {Phrases.Of(Outlook)}";
}
