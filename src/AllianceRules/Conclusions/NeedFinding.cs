using System.Text.Json.Serialization;
using AllianceRules.Engine;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Something the hedging state needs from a great power.</summary>
/// <param name="From">The great power.</param>
/// <param name="Need">What it needs.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record NeedFinding(string From, Need Need, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Need(From, Need);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"from {From}: {Need}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<NeedFinding>(ConclusionKind.Need, "Needs", ["from", "need"], n => [[n.From], [n.Need.ToString()]]);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static NeedFinding[] Build(AssessmentBuilder builder) =>
        builder.Conclusions<NeedConclusion>()
            .GroupBy(n => (n.Power.Name, n.Need))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Need)
            .Select(g =>
            {
                var because = builder.Justify(g);
                return new NeedFinding(g.Key.Name, g.Key.Need, AssessmentBuilder.ClaimsOf(because), builder.DecisionsOf(because), because);
            })
            .ToArray();
}
