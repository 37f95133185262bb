using AllianceRules.Facts;

namespace AllianceRules.Tests.Support;

/// <summary>Small builders for the facts rule tests vary, so each test states only what matters to it.</summary>
internal static class Build
{
    public static RelationState Relation(RelationLevel level, bool settlementFailed = false) =>
        new() { Level = level, SettlementFailed = settlementFailed };

    public static GreatPower Power(
        string name = "Patron",
        bool extraRegional = true,
        Stance stance = Stance.Containment,
        Resolve resolve = Resolve.Demonstrated,
        bool avoidsLandWar = false,
        PoliticalSystem politicalSystem = PoliticalSystem.Affirmed,
        bool capable = true) => new()
        {
            Name = name,
            ExtraRegional = extraRegional,
            Stance = stance,
            Resolve = resolve,
            AvoidsLandWar = avoidsLandWar,
            PoliticalSystem = politicalSystem,
            Capable = capable,
        };

    public static GeographyConstraint Border(string first, string second) =>
        new() { Kind = GeographyKind.LandBorder, Between = [first, second] };

    public static GreatPowerOffer Offer(string from, OfferKind kind, params Domain[] domains) =>
        new() { From = from, Kind = kind, Domains = domains };

    public static Scenario Scenario(RelationState relation, params GreatPower[] powers) =>
        new() { Relation = relation, Powers = powers };

    public static GreatPowerOffer Aid(string from, OfferKind kind, decimal? annualUsd = null, decimal? shareOfGdp = null) =>
        new() { From = from, Kind = kind, AnnualUsd = annualUsd, ShareOfGdp = shareOfGdp };

    public static CoercionEvent Coercion(Domain domain, int year = 2020) =>
        new() { Domain = domain, Year = year, Kind = "Standoff" };

    public static readonly RelationState Stable = Relation(RelationLevel.Stable);
    public static readonly RelationState Strained = Relation(RelationLevel.Strained);
    public static readonly RelationState HostileAfterFailedSettlement = Relation(RelationLevel.Hostile, settlementFailed: true);

    /// <summary>A patron that borders the neighbour and will fight on land: the Soviet shape.</summary>
    public static readonly GreatPower LandPatron = Power("Land Patron");

    /// <summary>A patron across the sea that avoids a land war: the American shape.</summary>
    public static readonly GreatPower SeaPatron = Power("Sea Patron", resolve: Resolve.Undemonstrated, avoidsLandWar: true);

    public static readonly GeographyConstraint HedgingStateBorder = Border("Vietnam", "China");

    public static readonly GeographyConstraint LandPatronBorder = Border("Land Patron", "China");

    public static readonly GeographyConstraint SeaPatronOverseas = new() { Kind = GeographyKind.Overseas, Subject = "Sea Patron" };

    /// <summary>A scenario with the given relation, both patron shapes and their geography, and the offers.</summary>
    public static Scenario WithPatrons(RelationState relation, params GreatPowerOffer[] offers) => new()
    {
        Relation = relation,
        Powers = [LandPatron, SeaPatron],
        Geography = [HedgingStateBorder, LandPatronBorder, SeaPatronOverseas],
        Offers = offers,
    };
}
