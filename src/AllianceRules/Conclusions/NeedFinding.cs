using System.Text.Json.Serialization;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Something the hedging state needs from a great power.</summary>
/// <param name="From">The great power.</param>
/// <param name="Need">What it needs.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record NeedFinding(string From, Need Need, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Need(From, Need);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"from {From}: {Phrases.Of(Need)}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<NeedFinding>(ConclusionKind.Need, "Needs", ["from", "need"], n => [[n.From], [Phrases.Of(n.Need)]]);

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<NeedFinding, NeedConclusion, NeedFinding[]>(
        ConclusionKind.Need,
        ["needs", "From", typeof(Need)],
        [ConclusionMap.Present, ConclusionMap.Absent],
        Section,
        Build,
        (a, findings) => a with { Needs = findings },
        a => a.Needs);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static NeedFinding[] Build(IFindingSource builder)
    {
        // Grouped by power and need (several rules may draw one need), groups in order of first appearance, then sorted.
        var drawn = builder.Conclusions<NeedConclusion>();
        var groups = new List<List<NeedConclusion>>();
        foreach (var need in drawn)
        {
            var group = groups.Find(g => g[0].Need == need.Need && string.Equals(g[0].Power.Name, need.Power.Name, StringComparison.Ordinal));
            if (group is null)
            {
                groups.Add([need]);
            }
            else
            {
                group.Add(need);
            }
        }

        FindingLists.StableSort(groups, static (x, y) => string.CompareOrdinal(x[0].Power.Name, y[0].Power.Name) is var c && c != 0 ? c : Comparer<Need>.Default.Compare(x[0].Need, y[0].Need));
        var findings = new NeedFinding[groups.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var key = groups[i][0];
            var because = builder.Justify(groups[i]);
            findings[i] = new NeedFinding(key.Power.Name, key.Need, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
        }

        return findings;
    }
}
