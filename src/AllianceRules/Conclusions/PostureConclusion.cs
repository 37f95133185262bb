using System.ComponentModel;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Conclusion: the hedging state's posture. Exactly one is drawn per assessment.</summary>
/// <param name="Value">The posture.</param>
[Description("a posture")]
public sealed record PostureConclusion(Posture Value) : IDescribedFact, IValuedConclusion
{
    object IValuedConclusion.Slot => "posture";

    ConclusionKey IValuedConclusion.Key => ConclusionKey.Posture;

    string IValuedConclusion.Value => Value.ToString();

    /// <inheritdoc/>
    public string Describe() => $"posture: {Phrases.Of(Value)}";
}
