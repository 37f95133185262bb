using AllianceRules.Facts;
using FsCheck;
using FsCheck.Fluent;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Generates valid scenarios over the whole vocabulary: zero to three great powers (P0–P2) with
/// any attributes, land borders and overseas reach, up to three offers each with the domains and
/// amounts their kind allows, and coercion at sea or on land.
/// </summary>
public static class ScenarioGenerators
{
    public static Arbitrary<Scenario> Scenario() => Arb.From(ScenarioGen());

    public static Gen<Scenario> ScenarioGen() =>
        from level in Gen.Elements(Enum.GetValues<RelationLevel>())
        from settlementFailed in Gen.Elements(false, true)
        from powerCount in Gen.Choose(0, 3)
        from powers in Gen.CollectToArray(Enumerable.Range(0, powerCount), PowerGen)
        from hedgingBorder in Gen.Elements(true, true, false)
        from borders in Gen.ArrayOf(Gen.Elements(false, true), powerCount)
        from overseas in Gen.ArrayOf(Gen.Elements(false, true), powerCount)
        from offers in Gen.CollectToArray(powers, OffersGen)
        from coercion in Gen.ListOf(CoercionGen).Select(l => l.Distinct().Take(3).ToArray())
        select new Scenario
        {
            Id = "generated",
            Relation = new() { Level = level, SettlementFailed = settlementFailed },
            Powers = powers,
            Geography =
            [
                .. hedgingBorder ? [Border("Vietnam", "China")] : Array.Empty<GeographyConstraint>(),
                .. powers.Where((_, i) => borders[i]).Select(p => Border(p.Name, "China")),
                .. powers.Where((_, i) => overseas[i]).Select(p => new GeographyConstraint { Kind = GeographyKind.Overseas, Subject = p.Name }),
            ],
            Offers = [.. offers.SelectMany(o => o)],
            Coercion = coercion,
        };

    private static Gen<GreatPower> PowerGen(int index) =>
        from extraRegional in Gen.Elements(true, true, false)
        from stance in Gen.Elements(Enum.GetValues<Stance>())
        from resolve in Gen.Elements(Enum.GetValues<Resolve>())
        from avoidsLandWar in Gen.Elements(false, true)
        from system in Gen.Elements(PoliticalSystem.Affirmed, PoliticalSystem.Affirmed, PoliticalSystem.Partial, PoliticalSystem.NotAffirmed)
        from capable in Gen.Elements(true, true, false)
        select new GreatPower
        {
            Name = $"P{index}",
            ExtraRegional = extraRegional,
            Stance = stance,
            Resolve = resolve,
            AvoidsLandWar = avoidsLandWar,
            PoliticalSystem = system,
            Capable = capable,
        };

    private static Gen<GreatPowerOffer[]> OffersGen(GreatPower power) =>
        from kinds in Gen.SubListOf(Enum.GetValues<OfferKind>())
        from offers in Gen.CollectToArray(kinds.Take(3), kind => OfferGen(power.Name, kind))
        select offers;

    private static Gen<GreatPowerOffer> OfferGen(string power, OfferKind kind) =>
        from domains in kind switch
        {
            OfferKind.AllianceTreaty or OfferKind.SecurityGuarantee => Gen.Elements<Domain[]>([Domain.Land], [Domain.Sea], [Domain.Land, Domain.Sea]),
            OfferKind.PartnershipUpgrade or OfferKind.EconomicAid => Gen.Constant(Array.Empty<Domain>()),
            OfferKind.TroopStationing => Gen.Elements<Domain[]>([], [Domain.Land]),
            _ => Gen.Elements<Domain[]>([], [Domain.Sea], [Domain.Land, Domain.Sea]),
        }
        from usd in AmountGen(kind, 0m, 1_000_000_000m, 2_500_000_000m)
        from share in AmountGen(kind, 0.05m, 0.1m)
        select new GreatPowerOffer { From = power, Kind = kind, Domains = domains, AnnualUsd = usd, ShareOfGdp = share };

    /// <summary>No amount, or one of <paramref name="amounts"/> for aid (the only kinds that state one).</summary>
    private static Gen<decimal?> AmountGen(OfferKind kind, params decimal[] amounts) =>
        kind.IsAid()
            ? Gen.Elements(amounts.Select(a => (decimal?)a).Prepend(null).ToArray())
            : Gen.Constant<decimal?>(null);

    private static readonly Gen<CoercionEvent> CoercionGen =
        from domain in Gen.Elements(Domain.Land, Domain.Sea)
        from year in Gen.Choose(1975, 2030)
        select new CoercionEvent { Domain = domain, Year = year, Kind = "Incident" };

    private static GeographyConstraint Border(string first, string second) =>
        new() { Kind = GeographyKind.LandBorder, Between = [first, second] };
}
