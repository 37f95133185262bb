namespace AllianceRules.Facts;

/// <summary>
/// The Soviet aid of the 1980s, the least a patron must match when relations deteriorate
/// sharply (C25, C28): about US$2.5 billion a year, or 10% of the hedging state's GDP.
/// </summary>
public static class AidBenchmark
{
    /// <summary>The yearly amount, in US dollars.</summary>
    public static readonly decimal AnnualUsd = 2_500_000_000m;

    /// <summary>The share of the hedging state's GDP, as a fraction.</summary>
    public static readonly decimal ShareOfGdp = 0.10m;

    /// <summary>Whether the military and economic aid offered, summed, meets the benchmark by amount or by share of GDP.</summary>
    /// <param name="aid">The MilitaryAid and EconomicAid offers of one power.</param>
    /// <returns><see langword="true"/> when the sum reaches either threshold.</returns>
    public static bool IsMetBy(IEnumerable<GreatPowerOffer> aid)
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
}
