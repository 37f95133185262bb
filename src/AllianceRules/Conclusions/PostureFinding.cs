using System.Text.Json.Serialization;
using AllianceRules.Claims;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The posture conclusion.</summary>
/// <param name="Value">The posture drawn.</param>
/// <param name="Claims">The claim IDs it rests on, in order.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record PostureFinding(Posture Value, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Posture;

    /// <inheritdoc/>
    string IFinding.Value => Value.ToString();

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => Phrases.Of(Value);

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = new(ConclusionKind.Posture, "Posture")
    {
        Single = true,
        Columns = ["posture"],
        Cells = finding => [ConclusionSection.Cell(Phrases.Of(((PostureFinding)finding).Value))],
        SummaryLabel = "Posture",
        SummaryItem = finding => $"{Phrases.Of(((PostureFinding)finding).Value)} ({(finding.Claims.Count == 0 ? "—" : ClaimText.WithParagraphs(finding.Claims))})",
    };

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<PostureFinding, PostureConclusion, PostureFinding>(
        ConclusionKind.Posture,
        ["posture"],
        [typeof(Posture)],
        Section,
        Build,
        (a, findings) => a with { Posture = findings },
        a => [a.Posture], verdict: true);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static PostureFinding Build(IFindingSource builder)
    {
        var postures = builder.Conclusions<PostureConclusion>();
        if (postures.Count != 1)
        {
            throw new RulebookException(postures.Count == 0
                ? "the rulebook drew no posture (exactly one is expected)"
                : $"the rulebook drew {postures.Count} postures, {string.Join(", ", postures.Select(p => p.Value).Order())} (exactly one is expected)");
        }

        var because = builder.Justify(postures);
        return new PostureFinding(postures[0].Value, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
    }
}
