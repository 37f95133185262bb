using System.Text.Json.Serialization;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>One gap in a patron's commitment.</summary>
/// <param name="Power">The patron whose commitment lacks it (not written in JSON: the commitment holding the gap names it).</param>
/// <param name="Gap">What is missing.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record GapFinding([property: JsonIgnore] string Power, Gap Gap, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Gap(Power, Gap);

    /// <inheritdoc/>
    string IFinding.Value => ConclusionMap.Present;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"{Power}: {Phrases.Of(Gap)}";

    /// <summary>The kind: its key and values; a gap is built by its commitment and held within it.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.Nested<GapFinding, GapConclusion, CommitmentFinding>(
        ConclusionKind.Gap,
        ["commitments", "Power", "gaps", typeof(Gap)],
        [ConclusionMap.Present, ConclusionMap.Absent],
        commitment => commitment.Gaps);
}
