using System.Text.Json.Serialization;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>A risk the hedging state runs.</summary>
/// <param name="Risk">The risk.</param>
/// <param name="Power">The great power concerned, where one is.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched, one entry per offer or event that raises it.</param>
public sealed record RiskFinding(Risk Risk, string? Power, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Risk(Risk, Power);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => Power is null ? Phrases.Of(Risk) : $"{Phrases.Of(Risk)} (with {Power})";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<RiskFinding>(
        ConclusionKind.Risk,
        "Risks",
        ["risk", "power"],
        r => [[Phrases.Of(r.Risk)], [r.Power ?? "—"]]) with
    {
        SummaryLabel = "Risks",
        SummaryWhenEmpty = "none",
    };

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<RiskFinding, RiskConclusion, RiskFinding[]>(
        ConclusionKind.Risk,
        ["risks", typeof(Risk), "Power?"],
        [ConclusionMap.Present, ConclusionMap.Absent],
        Section,
        Build,
        (a, findings) => a with { Risks = findings },
        a => a.Risks);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static RiskFinding[] Build(IFindingSource builder)
    {
        // Grouped by risk and power (one entry per offer or event that raises it), groups in order of first appearance, then sorted.
        var drawn = builder.Conclusions<RiskConclusion>();
        var groups = new List<List<RiskConclusion>>();
        foreach (var risk in drawn)
        {
            var group = groups.Find(g => g[0].Risk == risk.Risk && string.Equals(g[0].Power?.Name, risk.Power?.Name, StringComparison.Ordinal));
            if (group is null)
            {
                groups.Add([risk]);
            }
            else
            {
                group.Add(risk);
            }
        }

        FindingLists.StableSort(groups, static (x, y) => Comparer<Risk>.Default.Compare(x[0].Risk, y[0].Risk) is var c && c != 0 ? c : string.CompareOrdinal(x[0].Power?.Name, y[0].Power?.Name));
        var findings = new RiskFinding[groups.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var key = groups[i][0];
            var because = builder.Justify(groups[i]);
            findings[i] = new RiskFinding(key.Risk, key.Power?.Name, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
        }

        return findings;
    }
}
