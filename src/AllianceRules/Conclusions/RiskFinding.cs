using System.Text.Json.Serialization;
using AllianceRules.Engine;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>A risk the hedging state runs.</summary>
/// <param name="Risk">The risk.</param>
/// <param name="Power">The great power concerned, where one is.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched, one entry per offer or event that raises it.</param>
public sealed record RiskFinding(Risk Risk, string? Power, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Risk(Risk, Power);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => Power is null ? Risk.ToString() : $"{Risk} ({Power})";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<RiskFinding>(
        ConclusionKind.Risk,
        "Risks",
        ["risk", "power"],
        r => [[r.Risk.ToString()], [r.Power ?? "—"]]) with
    {
        SummaryLabel = "Risks",
        SummaryWhenEmpty = "none",
    };

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static RiskFinding[] Build(AssessmentBuilder builder) =>
        builder.Conclusions<RiskConclusion>()
            .GroupBy(r => (r.Risk, Power: r.Power?.Name))
            .OrderBy(g => g.Key.Risk)
            .ThenBy(g => g.Key.Power, StringComparer.Ordinal)
            .Select(g =>
            {
                var because = builder.Justify(g);
                return new RiskFinding(g.Key.Risk, g.Key.Power, AssessmentBuilder.ClaimsOf(because), builder.DecisionsOf(because), because);
            })
            .ToArray();
}
