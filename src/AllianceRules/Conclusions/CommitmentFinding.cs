using System.Text.Json.Serialization;
using AllianceRules.Claims;
using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Whether a patron's commitment is credible, and if not, what it lacks (drawn while balancing).</summary>
/// <param name="Power">The patron.</param>
/// <param name="Credible">Whether no gap remains (C43).</param>
/// <param name="Gaps">What the commitment lacks, in rulebook order; empty when credible.</param>
/// <param name="Claims">The claim IDs the verdict rests on, its gaps' included.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew the verdict and the facts they matched.</param>
public sealed record CommitmentFinding(
    string Power,
    bool Credible,
    IReadOnlyList<GapFinding> Gaps,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Decisions,
    [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Commitment(Power);

    /// <inheritdoc/>
    string IFinding.Value => Credible ? ConclusionMap.Credible : ConclusionMap.NotCredible;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => Credible ? $"{Power}: credible" : $"{Power}: not credible: {string.Join(", ", Gaps.Select(g => Phrases.Of(g.Gap)))}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<CommitmentFinding>(
        ConclusionKind.Commitment,
        "Commitments",
        ["power", "credible", "gaps"],
        c => [[c.Power], [c.Credible ? "yes" : "no"], c.Gaps.Count == 0 ? ["—"] : [.. c.Gaps.Select(g => $"{Phrases.Of(g.Gap)} ({ClaimText.WithParagraphs(g.Claims)})")]],
        c => c.Credible ? $"{c.Power} credible" : $"{c.Power} not credible ({string.Join(", ", c.Gaps.Select(g => Phrases.Of(g.Gap)))})") with
    {
        ListsRules = false,
        SummaryLabel = "Commitments",
        SummarySeparator = "; ",
    };

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<CommitmentFinding, CommitmentConclusion, CommitmentFinding[]>(
        ConclusionKind.Commitment,
        ["commitments", "Power"],
        [ConclusionMap.Credible, ConclusionMap.NotCredible, ConclusionMap.Absent],
        Section,
        Build,
        (a, findings) => a with { Commitments = findings },
        a => a.Commitments);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static CommitmentFinding[] Build(IFindingSource builder)
    {
        var gaps = builder.Conclusions<GapConclusion>();
        var drawn = builder.Conclusions<CommitmentConclusion>();
        FindingLists.StableSort(drawn, static (x, y) => string.CompareOrdinal(x.Power.Name, y.Power.Name));
        var findings = new CommitmentFinding[drawn.Count];
        for (var i = 0; i < findings.Length; i++)
        {
            var c = drawn[i];
            var ofPower = gaps.FindAll(g => string.Equals(g.Power.Name, c.Power.Name, StringComparison.Ordinal));
            FindingLists.StableSort(ofPower, static (x, y) => Comparer<Gap>.Default.Compare(x.Gap, y.Gap));
            var gapFindings = new GapFinding[ofPower.Count];
            var gapClaims = new IReadOnlyList<string>[ofPower.Count];
            var gapDecisions = new IReadOnlyList<string>[ofPower.Count];
            var gapHedges = new IReadOnlyList<string>[ofPower.Count];
            for (var j = 0; j < gapFindings.Length; j++)
            {
                var because = builder.Justify(ofPower[j]);
                gapFindings[j] = new GapFinding(c.Power.Name, ofPower[j].Gap, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
                gapClaims[j] = gapFindings[j].Claims;
                gapDecisions[j] = gapFindings[j].Decisions;
                gapHedges[j] = gapFindings[j].Hedges;
            }

            var verdict = builder.Justify(c);
            var claims = FindingLists.Union(FindingLists.ClaimsOf(verdict), gapClaims);
            var decisions = FindingLists.Union(builder.DecisionsOf(verdict), gapDecisions);
            findings[i] = new CommitmentFinding(c.Power.Name, c.Credible, gapFindings, claims, decisions, verdict)
            {
                Hedges = FindingLists.Union(builder.HedgesOf(verdict), gapHedges),
            };
        }

        return findings;
    }
}
