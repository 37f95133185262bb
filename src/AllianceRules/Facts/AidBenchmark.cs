using System.Globalization;

namespace AllianceRules.Facts;

/// <summary>
/// The aid a patron must give for its commitment to have no <see cref="Gap.AidBelowBenchmark"/> gap:
/// the project's reading of C25 and C28 (decision D11), about US$2.5bn a year or a tenth of GDP,
/// the Soviet package of the 1980s. An option (<see cref="AllianceRulesOptions.AidBenchmark"/>),
/// inserted into every session as a fact, so an amendment can change it and every gap it draws
/// shows the figures it used.
/// </summary>
public sealed record AidBenchmark : IDescribedFact
{
    /// <summary>The project's reading of the article: US$2.5bn a year, or 10% of GDP (D11).</summary>
    public static AidBenchmark Default { get; } = new() { AnnualUsd = 2_500_000_000m, ShareOfGdp = 0.10m };

    /// <summary>Military and economic aid a year, in US dollars, that meets the benchmark.</summary>
    public required decimal AnnualUsd { get; init; }

    /// <summary>Military and economic aid a year, as a fraction of the hedging state's GDP, that meets the benchmark.</summary>
    public required decimal ShareOfGdp { get; init; }

    /// <summary>Whether a power's aid offers together meet the benchmark: their amounts summed, or their shares of GDP summed.</summary>
    /// <param name="aid">The power's MilitaryAid and EconomicAid offers.</param>
    /// <returns><see langword="true"/> when either sum reaches the benchmark.</returns>
    public bool IsMetBy(IEnumerable<GreatPowerOffer> aid)
    {
        ArgumentNullException.ThrowIfNull(aid);
        decimal usd = 0, share = 0;
        foreach (var offer in aid)
        {
            usd += offer.AnnualUsd ?? 0;
            share += offer.ShareOfGdp ?? 0;
        }

        return usd >= AnnualUsd || share >= ShareOfGdp;
    }

    /// <inheritdoc/>
    public string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"the aid benchmark is US${AnnualUsd:#,0} a year or {ShareOfGdp:0.#%} of GDP");
}
