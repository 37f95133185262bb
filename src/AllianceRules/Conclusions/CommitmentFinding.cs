using System.Text.Json.Serialization;
using AllianceRules.Claims;
using AllianceRules.Engine;

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
    IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Commitment(Power);

    /// <inheritdoc/>
    string IFinding.Value => Credible ? ConclusionMap.Credible : ConclusionMap.NotCredible;

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => Credible ? $"{Power}: credible" : $"{Power}: not credible, lacks {string.Join(", ", Gaps.Select(g => g.Gap))}";

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<CommitmentFinding>(
        ConclusionKind.Commitment,
        "Commitments",
        ["power", "credible", "gaps"],
        c => [[c.Power], [c.Credible ? "yes" : "no"], c.Gaps.Count == 0 ? ["—"] : [.. c.Gaps.Select(g => $"{g.Gap} ({ClaimText.WithParagraphs(g.Claims)})")]],
        c => c.Credible ? $"{c.Power} credible" : $"{c.Power} not credible ({string.Join(", ", c.Gaps.Select(g => g.Gap))})") with
    {
        ListsRules = false,
        SummaryLabel = "Commitments",
        SummarySeparator = "; ",
    };

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static CommitmentFinding[] Build(AssessmentBuilder builder)
    {
        var gaps = builder.Conclusions<GapConclusion>().ToLookup(g => g.Power.Name);
        return builder.Conclusions<CommitmentConclusion>()
            .OrderBy(c => c.Power.Name, StringComparer.Ordinal)
            .Select(c =>
            {
                var gapFindings = gaps[c.Power.Name]
                    .OrderBy(g => g.Gap)
                    .Select(g =>
                    {
                        var because = builder.Justify([g]);
                        return new GapFinding(c.Power.Name, g.Gap, AssessmentBuilder.ClaimsOf(because), builder.DecisionsOf(because), because);
                    })
                    .ToArray();
                var verdict = builder.Justify([c]);
                var claims = ClaimIds.Order(AssessmentBuilder.ClaimsOf(verdict).Concat(gapFindings.SelectMany(g => g.Claims)));
                var decisions = ClaimIds.Order(builder.DecisionsOf(verdict).Concat(gapFindings.SelectMany(g => g.Decisions)));
                return new CommitmentFinding(c.Power.Name, c.Credible, gapFindings, claims, decisions, verdict);
            })
            .ToArray();
    }
}
