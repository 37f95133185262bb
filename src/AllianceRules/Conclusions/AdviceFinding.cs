using System.Text.Json.Serialization;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The article's advice to one great power.</summary>
/// <param name="To">The great power advised.</param>
/// <param name="Advice">The advice.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record AdviceFinding(string To, Advice Advice, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Advice(To, Advice);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"to {To}: {Phrases.Of(Advice)}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<AdviceFinding>(ConclusionKind.Advice, "Advice", ["to", "advice"], a => [[a.To], [Phrases.Of(a.Advice)]]);

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<AdviceFinding, AdviceConclusion, AdviceFinding[]>(
        ConclusionKind.Advice,
        ["advice", "To", typeof(Advice)],
        [ConclusionMap.Present, ConclusionMap.Absent],
        Section,
        Build,
        (a, findings) => a with { Advice = findings },
        a => a.Advice);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static AdviceFinding[] Build(IFindingSource builder)
    {
        var drawn = builder.Conclusions<AdviceConclusion>();
        FindingLists.StableSort(drawn, static (x, y) => string.CompareOrdinal(x.Power.Name, y.Power.Name) is var c && c != 0 ? c : Comparer<Advice>.Default.Compare(x.Advice, y.Advice));
        var findings = new AdviceFinding[drawn.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var a = drawn[i];
            var because = builder.Justify(a);
            findings[i] = new AdviceFinding(a.Power.Name, a.Advice, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
        }

        return findings;
    }
}
