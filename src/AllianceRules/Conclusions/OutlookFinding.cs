using System.Text.Json.Serialization;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The outlook for an alliance with one great power.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Alliance">How likely an alliance is.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record OutlookFinding(string Power, AllianceOutlook Alliance, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Outlook(Power);

    /// <inheritdoc/>
    string IFinding.Value => Alliance.ToString();

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"{Power}: alliance {Phrases.Of(Alliance)}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<OutlookFinding>(
        ConclusionKind.Outlook,
        "Alliance outlook",
        ["power", "alliance"],
        o => [[o.Power], [Phrases.Of(o.Alliance)]],
        o => $"{o.Power}: alliance {Phrases.Of(o.Alliance)}") with
    {
        SummaryLabel = "Alliance outlook",
    };

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<OutlookFinding, OutlookConclusion, OutlookFinding[]>(
        ConclusionKind.Outlook,
        ["outlook", "Power"],
        [typeof(AllianceOutlook), ConclusionMap.Absent],
        Section,
        Build,
        (a, findings) => a with { Outlook = findings },
        a => a.Outlook);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static OutlookFinding[] Build(IFindingSource builder)
    {
        var drawn = builder.Conclusions<OutlookConclusion>();
        FindingLists.StableSort(drawn, static (x, y) => string.CompareOrdinal(x.Power.Name, y.Power.Name) is var c && c != 0 ? c : Comparer<AllianceOutlook>.Default.Compare(x.Outlook, y.Outlook));
        var findings = new OutlookFinding[drawn.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var o = drawn[i];
            var because = builder.Justify(o);
            findings[i] = new OutlookFinding(o.Power.Name, o.Outlook, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
        }

        return findings;
    }
}
