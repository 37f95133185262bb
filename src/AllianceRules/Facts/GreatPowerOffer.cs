using System.Globalization;

namespace AllianceRules.Facts;

/// <summary>An offer a great power makes to the hedging state.</summary>
public sealed record GreatPowerOffer : IDescribedFact
{
    private readonly IReadOnlyList<Domain> _domains = [];

    /// <summary>The declared great power that makes the offer.</summary>
    public required string From { get; init; }

    /// <summary>What is offered.</summary>
    public required OfferKind Kind { get; init; }

    /// <summary>
    /// The domains the offer covers: required for guarantees, Land (or omitted) for
    /// TroopStationing, optional for BaseAccess and the material offers other than
    /// EconomicAid, refused on PartnershipUpgrade and EconomicAid.
    /// </summary>
    public IReadOnlyList<Domain> Domains { get => _domains; init => _domains = value ?? []; }

    /// <summary>For MilitaryAid and EconomicAid: the yearly amount in US dollars.</summary>
    public decimal? AnnualUsd { get; init; }

    /// <summary>For MilitaryAid and EconomicAid: the yearly amount as a fraction of the hedging state's GDP (0.1 is 10%).</summary>
    public decimal? ShareOfGdp { get; init; }

    /// <summary>Whether the offer lists <paramref name="domain"/>.</summary>
    /// <param name="domain">The domain.</param>
    /// <returns><see langword="true"/> when the offer covers the domain.</returns>
    public bool Covers(Domain domain) => Domains.Contains(domain);

    /// <inheritdoc/>
    public string Describe()
    {
        var text = $"{From} offers {Phrases.Of(Kind)}";
        if (Domains.Count > 0)
        {
            text += $" ({string.Join(", ", Domains.Select(Phrases.Of))})";
        }

        if (AnnualUsd is { } usd)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", US${usd:#,0} a year");
        }

        if (ShareOfGdp is { } share)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {share:0.#%} of GDP");
        }

        return text;
    }
}
