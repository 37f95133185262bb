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
        bool respectsPoliticalSystem = true) => new()
        {
            Name = name,
            ExtraRegional = extraRegional,
            Stance = stance,
            Resolve = resolve,
            AvoidsLandWar = avoidsLandWar,
            RespectsPoliticalSystem = respectsPoliticalSystem,
        };

    public static GeographyConstraint Border(string first, string second) =>
        new() { Kind = GeographyKind.LandBorder, Between = [first, second] };

    public static GreatPowerOffer Offer(string from, OfferKind kind, params Domain[] domains) =>
        new() { From = from, Kind = kind, Domains = domains };

    public static Scenario Scenario(RelationState relation, params GreatPower[] powers) =>
        new() { Relation = relation, Powers = powers };
}
