using System.Text.Json.Serialization;
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
    [property: JsonPropertyOrder(1)] IReadOnlyList<Justification> Because)
    : IFinding
{
    /// <inheritdoc/>
    public IReadOnlyList<string> Hedges { get; init; } = [];

    /// <inheritdoc/>
    [JsonIgnore]
    public ConclusionKey Key => ConclusionKey.Response(From, Kind);

    /// <inheritdoc/>
    string IFinding.Value => Decision.ToString();

    /// <inheritdoc/>
    [JsonIgnore]
    public string Headline => $"{From}, {Phrases.Of(Kind)}: {Phrases.Of(Decision)}";

    /// <summary>
    /// For <see cref="Decision.NoClaim"/>, why the article is silent, with the claim that scopes
    /// what it says (C08 for a power that is not a candidate patron); null for a decision drawn.
    /// JSON <c>silence</c>, written only for NoClaim.
    /// </summary>
    public string? Silence { get; init; }

    /// <summary>
    /// For <see cref="Decision.NoClaim"/>, the claim whose scope leaves the article silent here
    /// (C08, C04, C20 or C26); null for a decision drawn, or where no claim scopes the silence.
    /// </summary>
    public string? SilenceClaim { get; init; }

    private static (string Reason, string? Claim) SilenceOn(GreatPowerOffer offer, Posture? posture, HashSet<string> patrons) => (posture, patrons.Contains(offer.From)) switch
    {
        (Posture.Accommodate, _) => ("the article says nothing of offers while the hedging state gives in on the neighbour's terms (C26)", "C26"),
        (_, false) => ($"{offer.From} is not a candidate patron, and the article speaks only of extra-regional powers that contain the neighbour (C08)", "C08"),
        (Posture.Bandwagon, true) => ($"while bandwagoning the article speaks of alignment offers, not of {offer.Kind} (C04)", "C04"),
        (Posture.SeekSettlement, true) => ($"before the settlement fails the article speaks of alignment offers, not of {offer.Kind} (C20)", "C20"),
        _ => ("no rule of the rulebook draws an answer to it", null),
    };

    /// <summary>How reports lay out findings of this kind.</summary>
    internal static ConclusionSection Section { get; } = ConclusionSection.For<ResponseFinding>(
        ConclusionKind.Response,
        "Responses",
        ["from", "offer", "decision"],
        r => [[r.From], [Phrases.Of(r.Kind)], [Phrases.Of(r.Decision)]],
        r => $"{Phrases.Of(r.Kind)} from {r.From}: {Phrases.Of(r.Decision)}") with
    {
        TableTitle = "Responses to offers",
        SummaryLabel = "Responses",
    };

    /// <summary>The kind: its key, values, section, and where an assessment holds its findings.</summary>
    internal static ConclusionDescriptor Descriptor { get; } = ConclusionDescriptor.For<ResponseFinding, ResponseConclusion, ResponseFinding[]>(
        ConclusionKind.Response,
        ["responses", "From", typeof(OfferKind)],
        [typeof(Decision)],
        Section,
        Build,
        (a, findings) => a with { Responses = findings },
        a => a.Responses, verdict: true);

    /// <summary>The findings of this kind, from the conclusions the rules drew.</summary>
    internal static ResponseFinding[] Build(IFindingSource builder)
    {
        var responses = builder.Conclusions<ResponseConclusion>();
        var postures = builder.Conclusions<PostureConclusion>();
        Posture? posture = postures.Count > 0 ? postures[0].Value : null;
        var patrons = new HashSet<string>(StringComparer.Ordinal);
        foreach (var patron in builder.Conclusions<CandidatePatron>())
        {
            patrons.Add(patron.Power.Name);
        }

        var offers = builder.Offers;
        var answered = new (GreatPowerOffer Offer, ResponseFinding Finding)[offers.Count];
        for (var i = 0; i < answered.Length; i++)
        {
            var offer = offers[i];
            var drawn = responses.FindAll(r => r.Offer.Equals(offer));
            if (drawn.Exists(r => r.Decision != drawn[0].Decision))
            {
                throw new RulebookException(
                    $"The rulebook drew {drawn.Count} answers to {offer.Describe()} ({string.Join(", ", drawn.Select(r => r.Decision).Order())}); one is expected.");
            }

            var because = builder.Justify(drawn);
            var decision = drawn.Count == 0 ? Decision.NoClaim : drawn[0].Decision;
            var finding = new ResponseFinding(offer.From, offer.Kind, decision, FindingLists.ClaimsOf(because), builder.DecisionsOf(because), because) { Hedges = builder.HedgesOf(because) };
            if (drawn.Count == 0)
            {
                var (reason, claim) = SilenceOn(offer, posture, patrons);
                finding = finding with { Silence = reason, SilenceClaim = claim };
            }

            answered[i] = (offer, finding);
        }

        FindingLists.StableSort(answered, static (x, y) =>
            string.CompareOrdinal(x.Offer.From, y.Offer.From) is var byFrom && byFrom != 0 ? byFrom
            : Comparer<OfferKind>.Default.Compare(x.Offer.Kind, y.Offer.Kind) is var byKind && byKind != 0 ? byKind
            : x.Offer.From == y.Offer.From && x.Offer.Kind == y.Offer.Kind && ReferenceEquals(x.Offer, y.Offer) ? 0
            : string.CompareOrdinal(x.Offer.Describe(), y.Offer.Describe()));
        var findings = new ResponseFinding[answered.Length];
        for (var i = 0; i < findings.Length; i++)
        {
            findings[i] = answered[i].Finding;
        }

        return findings;
    }
}
