using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>The derived-geography rules: who can press and protect on land, who is maritime only, who is a candidate patron, what a guarantee protects.</summary>
public class GeographyRulesTests
{
    private static readonly RelationState Hostile = Relation(RelationLevel.Hostile, settlementFailed: true);

    [Fact]
    public void CanPressOnLand_PowerBordersNeighbour_FiresOnPowerRolesAndBorder()
    {
        var power = Power("Bordering");
        var scenario = Scenario(Hostile, power) with { Geography = [Border("Bordering", "China")] };

        var derived = Assert.Single(TestEngine.Derived<CanPressOnLand>(scenario));

        Assert.Equal(power, derived.Fact.Power);
        Assert.Equal("Geography.CanPressOnLandWhenBorderingNeighbour", derived.Rule);
        Assert.Equal([typeof(GreatPower), typeof(ScenarioRoles), typeof(GeographyConstraint)], derived.Matched.Select(m => m.GetType()));
    }

    [Fact]
    public void CanPressOnLand_BorderWithTheHedgingStateOnly_DoesNotFire()
    {
        var scenario = Scenario(Hostile, Power("Nearby")) with { Geography = [Border("Nearby", "Vietnam")] };

        Assert.Empty(TestEngine.Derived<CanPressOnLand>(scenario));
    }

    [Fact]
    public void CanProtectLand_BorderingPowerWillingToFightOnLand_ByPressure()
    {
        var scenario = Scenario(Hostile, Power("Bordering")) with { Geography = [Border("China", "Bordering")] };

        var derived = Assert.Single(TestEngine.Derived<CanProtectLand>(scenario));

        Assert.Equal(LandProtectionBasis.LandPressure, derived.Fact.Basis);
        Assert.Equal("Geography.CanProtectLandByPressure", derived.Rule);
        Assert.Empty(TestEngine.Derived<MaritimeOnly>(scenario));
    }

    [Fact]
    public void MaritimeOnly_BorderingPowerThatAvoidsLandWar_CannotProtectLand()
    {
        var scenario = Scenario(Hostile, Power("Bordering", avoidsLandWar: true)) with { Geography = [Border("Bordering", "China")] };

        Assert.Empty(TestEngine.Derived<CanProtectLand>(scenario));
        var derived = Assert.Single(TestEngine.Derived<MaritimeOnly>(scenario));
        Assert.Equal("Geography.MaritimeOnlyWithoutLandProtection", derived.Rule);
    }

    [Fact]
    public void CanProtectLand_OverseasPowerOfferingTroops_WithTroopsNotMaritimeOnly()
    {
        var scenario = Scenario(Hostile, Power("Overseas", avoidsLandWar: true)) with
        {
            Offers = [Offer("Overseas", OfferKind.TroopStationing), Offer("Overseas", OfferKind.TroopStationing, Domain.Land)],
        };

        var derived = Assert.Single(TestEngine.Derived<CanProtectLand>(scenario));

        Assert.Equal(LandProtectionBasis.TroopsOnSoil, derived.Fact.Basis);
        Assert.Equal("Geography.CanProtectLandWithTroops", derived.Rule);
        Assert.Equal(3, derived.Matched.Count);
        Assert.Empty(TestEngine.Derived<MaritimeOnly>(scenario));
    }

    [Theory]
    [InlineData(true, Stance.Containment, true)]
    [InlineData(false, Stance.Containment, false)]
    [InlineData(true, Stance.Neutral, false)]
    [InlineData(true, Stance.Rapprochement, false)]
    public void CandidatePatron_ExtraRegionalAndContaining_Only(bool extraRegional, Stance stance, bool expected)
    {
        var scenario = Scenario(Hostile, Power("P", extraRegional: extraRegional, stance: stance));

        var derived = TestEngine.Derived<CandidatePatron>(scenario);

        Assert.Equal(expected, derived.Count == 1);
        Assert.All(derived, d => Assert.Equal("Geography.CandidatePatronWhenContainingFromAfar", d.Rule));
    }

    [Fact]
    public void GuaranteeProtection_SeaOnlyGuaranteeFromMaritimePower_ProtectsSeaNotLand()
    {
        var scenario = Scenario(Hostile, Power("Overseas", avoidsLandWar: true)) with
        {
            Offers = [Offer("Overseas", OfferKind.SecurityGuarantee, Domain.Land, Domain.Sea)],
        };

        var protection = TestEngine.Derived<GuaranteeProtection>(scenario);

        Assert.Equal([Domain.Sea], protection.Select(p => p.Fact.Domain));
        Assert.Equal("Geography.GuaranteeProtectsSea", protection[0].Rule);
    }

    [Fact]
    public void GuaranteeProtection_LandAndSeaTreatyFromBorderingPower_ProtectsBoth()
    {
        var scenario = Scenario(Hostile, Power("Bordering")) with
        {
            Geography = [Border("Bordering", "China")],
            Offers = [Offer("Bordering", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea)],
        };

        var protection = TestEngine.Derived<GuaranteeProtection>(scenario);

        Assert.Equal([Domain.Land, Domain.Sea], protection.Select(p => p.Fact.Domain).Order());
        Assert.Contains(protection, p => p.Rule == "Geography.GuaranteeProtectsLand");
    }
}
