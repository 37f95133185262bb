using AllianceRules.Facts;

namespace AllianceRules.Scenarios;

/// <summary>
/// The built-in actors: the article's two great powers as the rules see them, and the
/// geography that binds them. Profiles carry the background claims (C09, C32, C34, C35); the
/// rules only ever see the attributes, never the names.
/// </summary>
public static class ActorProfiles
{
    /// <summary>The hedging state of the article.</summary>
    public const string Vietnam = "Vietnam";

    /// <summary>The neighbour of the article.</summary>
    public const string China = "China";

    /// <summary>The Soviet Union's name as scenarios use it.</summary>
    public const string SovietUnionName = "Soviet Union";

    /// <summary>The United States' name as scenarios use it.</summary>
    public const string UnitedStatesName = "United States";

    /// <summary>
    /// The Soviet Union as Vietnam's ally of 1978–1991: extra-regional, containing China from
    /// across a land border, ready to fight on land, having affirmed respect for Vietnam's political system (C44),
    /// its resolve shown in deeds (C08, C24, C25).
    /// </summary>
    public static GreatPower SovietUnion { get; } = new()
    {
        Name = SovietUnionName,
        ExtraRegional = true,
        Stance = Stance.Containment,
        Resolve = Resolve.Demonstrated,
        AvoidsLandWar = false,
        PoliticalSystem = PoliticalSystem.Affirmed,
    };

    /// <summary>
    /// The United States today: extra-regional and containing China (C08), a maritime power with
    /// no land border with China (C32, C34) that avoids a land war in Asia (C33), having
    /// affirmed respect for Vietnam's political system "with some degree of success" (C44: Partial), its resolve to
    /// contain China over the long term not yet demonstrated (C47, C49).
    /// </summary>
    public static GreatPower UnitedStates { get; } = new()
    {
        Name = UnitedStatesName,
        ExtraRegional = true,
        Stance = Stance.Containment,
        Resolve = Resolve.Undemonstrated,
        AvoidsLandWar = true,
        PoliticalSystem = PoliticalSystem.Partial,
    };

    /// <summary>Vietnam borders China (C36: China threatens it on land as well as at sea).</summary>
    public static GeographyConstraint VietnamChinaBorder { get; } = LandBorder(Vietnam, China);

    /// <summary>The Soviet Union borders China, and so could press it on land (C24).</summary>
    public static GeographyConstraint SovietChinaBorder { get; } = LandBorder(SovietUnionName, China);

    /// <summary>The United States reaches the region only across the sea (C32, C55).</summary>
    public static GeographyConstraint UnitedStatesOverseas { get; } = new()
    {
        Kind = GeographyKind.Overseas,
        Subject = UnitedStatesName,
    };

    /// <summary>Current US–Vietnam security cooperation, which mostly builds Vietnam's naval capacity (C35).</summary>
    public static GreatPowerOffer UnitedStatesNavalCapacityBuilding { get; } = new()
    {
        From = UnitedStatesName,
        Kind = OfferKind.CapacityBuilding,
        Domains = [Domain.Sea],
    };

    private static GeographyConstraint LandBorder(string first, string second) => new()
    {
        Kind = GeographyKind.LandBorder,
        Between = [first, second],
    };
}
