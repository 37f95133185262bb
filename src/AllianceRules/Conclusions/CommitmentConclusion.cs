using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: whether a patron's commitment is credible, drawn while balancing (C43).</summary>
/// <param name="Power">The patron.</param>
/// <param name="Credible">Whether no gap remains.</param>
[Description("a judgement of {power}'s commitment")]
public sealed record CommitmentConclusion(GreatPower Power, bool Credible) : IDescribedFact, IValuedConclusion
{
    object IValuedConclusion.Slot => ("commitment", Power.Name);

    ConclusionKey IValuedConclusion.Key => ConclusionKey.Commitment(Power.Name);

    string IValuedConclusion.Value => Credible ? ConclusionMap.Credible : ConclusionMap.NotCredible;

    /// <inheritdoc/>
    public string Describe() => Credible ? $"commitment of {Power.Name} is credible" : $"commitment of {Power.Name} is not credible";
}
