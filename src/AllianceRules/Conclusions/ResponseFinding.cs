using System.Text.Json.Serialization;
using AllianceRules.Engine;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;

namespace AllianceRules.Conclusions;

/// <summary>The hedging state's answer to one offer.</summary>
/// <param name="From">The power that made the offer.</param>
/// <param name="Kind">The kind of offer.</param>
/// <param name="Decision">The answer.</param>
/// <param name="Claims">The claim IDs it rests on, in order; empty for <see cref="Decision.NoClaim"/>.</param>
/// <param name="Decisions">The decisions it rests on, anywhere in its justification; empty when the article states it.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record ResponseFinding(
    string From,
    OfferKind Kind,
    Decision Decision,
    IReadOnlyList<string> Claims,
    IReadOnlyList<string> Decisions,
    IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Response(From, Kind);

    /// <inheritdoc/>
    string IFinding.Value => Decision.ToString();

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"{From} {Kind}: {Decision}";

    /// <summary>
    /// For <see cref="Decision.NoClaim"/>, why the article is silent, with the claim that scopes
    /// what it says (C08 for a power that is not a candidate patron); null for a decision drawn.
    /// </summary>
    [JsonIgnore]
    public string? Silence { get; init; }

    private static string SilenceOn(GreatPowerOffer offer, Posture? posture, HashSet<string> patrons) => (posture, patrons.Contains(offer.From)) switch
    {
        (Posture.Accommodate, _) => "the article says nothing of offers while the hedging state gives in on the neighbour's terms (C26)",
        (_, false) => $"{offer.From} is not a candidate patron, and the article speaks only of extra-regional powers that contain the neighbour (C08)",
        (Posture.Bandwagon, true) => $"while bandwagoning the article speaks of alignment offers, not of {offer.Kind} (C04)",
        (Posture.SeekSettlement, true) => $"before the settlement fails the article speaks of alignment offers, not of {offer.Kind} (C20)",
        _ => "no rule of the rulebook draws an answer to it",
    };

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<ResponseFinding>(
        ConclusionKind.Response,
        "Responses",
        ["from", "offer", "decision"],
        r => [[r.From], [r.Kind.ToString()], [r.Decision.ToString()]],
        r => $"{r.Kind} from {r.From}: {r.Decision}") with
    {
        TableTitle = "Responses to offers",
        SummaryLabel = "Responses",
    };

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static ResponseFinding[] Build(AssessmentBuilder builder)
    {
        var byOffer = builder.Conclusions<ResponseConclusion>().ToLookup(r => r.Offer);
        var posture = builder.Conclusions<PostureConclusion>().Select(p => (Posture?)p.Value).FirstOrDefault();
        var patrons = builder.Conclusions<CandidatePatron>().Select(p => p.Power.Name).ToHashSet(StringComparer.Ordinal);
        return builder.Offers
            .Select(offer =>
            {
                var drawn = byOffer[offer].ToList();
                if (drawn.Select(r => r.Decision).Distinct().Count() > 1)
                {
                    throw new RulebookException(
                        $"The rulebook drew {drawn.Count} answers to {offer.Describe()} ({string.Join(", ", drawn.Select(r => r.Decision))}); one is expected.");
                }

                var because = builder.Justify(drawn);
                var decision = drawn.Count == 0 ? Decision.NoClaim : drawn[0].Decision;
                var finding = new ResponseFinding(offer.From, offer.Kind, decision, AssessmentBuilder.ClaimsOf(because), builder.DecisionsOf(because), because);
                return (Offer: offer, Finding: drawn.Count == 0 ? finding with { Silence = SilenceOn(offer, posture, patrons) } : finding);
            })
            .OrderBy(r => r.Offer.From, StringComparer.Ordinal)
            .ThenBy(r => r.Offer.Kind)
            .ThenBy(r => r.Offer.Describe(), StringComparer.Ordinal)
            .Select(r => r.Finding)
            .ToArray();
    }
}
