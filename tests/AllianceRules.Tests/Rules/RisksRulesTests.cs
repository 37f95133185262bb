using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>One test per row of the rulebook's Risks table.</summary>
public class RisksRulesTests
{
    private static IReadOnlyList<RiskFinding> RisksOf(Scenario scenario) => TestEngine.Assess(scenario).Risks;

    private static RiskFinding Only(Scenario scenario, Risk risk) => Assert.Single(RisksOf(scenario), r => r.Risk == risk);

    [Fact]
    public void ChineseSuspicion_AlignmentProposalWhileBandwagoning_OnePerPowerWithEachProposal()
    {
        var scenario = WithPatrons(Stable, Offer("Land Patron", OfferKind.PartnershipUpgrade), Offer("Land Patron", OfferKind.BaseAccess));

        var risk = Only(scenario, Risk.ChineseSuspicion);

        Assert.Equal("Land Patron", risk.Power);
        Assert.Equal(["C12", "C14"], risk.Claims);
        Assert.Equal(2, risk.Because.Count);
        Assert.All(risk.Because, j => Assert.Equal("Risks.ChineseSuspicionFromAlignmentProposal", j.Rule));
    }

    [Theory]
    [InlineData(OfferKind.CapacityBuilding, RelationLevel.Stable, false)]
    [InlineData(OfferKind.PartnershipUpgrade, RelationLevel.Strained, false)]
    public void ChineseSuspicion_NotForMaterialOffersOrOutsideBandwagon(OfferKind kind, RelationLevel level, bool settlementFailed)
    {
        var scenario = WithPatrons(Relation(level, settlementFailed), Offer("Land Patron", kind));

        Assert.DoesNotContain(RisksOf(scenario), r => r.Risk == Risk.ChineseSuspicion);
    }

    [Fact]
    public void RaisedExpectations_MaritimeOnlyPowerOffersAlignment_InAnyPosture()
    {
        foreach (var relation in new[] { Stable, Strained, HostileAfterFailedSettlement })
        {
            var scenario = WithPatrons(relation, Offer("Sea Patron", OfferKind.PartnershipUpgrade), Offer("Land Patron", OfferKind.PartnershipUpgrade));

            var risk = Only(scenario, Risk.RaisedExpectations);

            Assert.Equal("Sea Patron", risk.Power);
            Assert.Equal(["C53"], risk.Claims);
            Assert.Equal("Risks.RaisedExpectationsFromMaritimePower", Assert.Single(risk.Because).Rule);
        }
    }

    [Theory]
    [InlineData(Risk.LandPunishment, "Risks.LandPunishmentFromSeaOnlyGuarantee", "C42,C54")]
    [InlineData(Risk.DisputeWidening, "Risks.DisputeWideningFromSeaOnlyGuarantee", "C54")]
    public void SeaOnlyGuarantee_RaisesLandPunishmentAndDisputeWidening(Risk risk, string rule, string claims)
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement, Offer("Sea Patron", OfferKind.SecurityGuarantee, Domain.Land, Domain.Sea));

        var finding = Only(scenario, risk);

        Assert.Equal("Sea Patron", finding.Power);
        Assert.Equal(claims, string.Join(",", finding.Claims));
        Assert.Equal(rule, Assert.Single(finding.Because).Rule);
    }

    [Fact]
    public void SeaOnlyGuarantee_NotWhenTheGuaranteeProtectsLandToo()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement, Offer("Land Patron", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea));

        Assert.DoesNotContain(RisksOf(scenario), r => r.Risk is Risk.LandPunishment or Risk.DisputeWidening);
    }

    [Fact]
    public void BorderTest_GuaranteeFromMaritimePowerToABorderingHedgingState()
    {
        var guarantee = Offer("Sea Patron", OfferKind.SecurityGuarantee, Domain.Sea);

        var finding = Only(WithPatrons(HostileAfterFailedSettlement, guarantee), Risk.BorderTest);
        var noBorder = WithPatrons(HostileAfterFailedSettlement, guarantee) with { Geography = [LandPatronBorder, SeaPatronOverseas] };

        Assert.Equal("Sea Patron", finding.Power);
        Assert.Equal(["C36", "C37"], finding.Claims);
        Assert.Equal("Risks.BorderTestOfMaritimeAlly", Assert.Single(finding.Because).Rule);
        Assert.DoesNotContain(RisksOf(noBorder), r => r.Risk == Risk.BorderTest);
    }

    [Fact]
    public void AloneAtSea_SeaCoercionWithoutPatronSeaGuarantee()
    {
        var scenario = WithPatrons(Stable, Offer("Sea Patron", OfferKind.CapacityBuilding, Domain.Sea)) with
        {
            Coercion = [Coercion(Domain.Sea, 2014), Coercion(Domain.Sea, 2019), Coercion(Domain.Land, 2015)],
        };

        var finding = Only(scenario, Risk.AloneAtSea);

        Assert.Null(finding.Power);
        Assert.Equal(["C39"], finding.Claims);
        var rule = Assert.Single(finding.Because);
        Assert.Equal("Risks.AloneAtSeaWithoutPatronSeaGuarantee", rule.Rule);
        Assert.Equal(2, rule.Matched.Count(m => m.Fact == nameof(CoercionEvent)));
    }

    [Fact]
    public void AloneAtSea_NotWithAPatronsSeaGuarantee_NorWithoutSeaCoercion()
    {
        var guarded = WithPatrons(HostileAfterFailedSettlement, Offer("Sea Patron", OfferKind.SecurityGuarantee, Domain.Sea)) with
        {
            Coercion = [Coercion(Domain.Sea)],
        };
        var landOnly = WithPatrons(HostileAfterFailedSettlement) with { Coercion = [Coercion(Domain.Land)] };

        Assert.DoesNotContain(RisksOf(guarded), r => r.Risk == Risk.AloneAtSea);
        Assert.DoesNotContain(RisksOf(landOnly), r => r.Risk == Risk.AloneAtSea);
    }

    [Fact]
    public void AloneAtSea_AGuaranteeFromANonPatronDoesNotHelp()
    {
        var retrencher = Power("Retrencher", stance: Stance.Rapprochement);
        var scenario = new Scenario
        {
            Relation = HostileAfterFailedSettlement,
            Powers = [retrencher],
            Offers = [Offer("Retrencher", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea)],
            Coercion = [Coercion(Domain.Sea, 1988)],
        };

        Assert.Contains(RisksOf(scenario), r => r.Risk == Risk.AloneAtSea);
    }

    [Fact]
    public void Abandonment_AccommodatingWhileRelyingOnARetrenchingPowersGuarantee()
    {
        var retrencher = Power("Retrencher", stance: Stance.Rapprochement, resolve: Resolve.Wavering);
        var scenario = new Scenario
        {
            Relation = HostileAfterFailedSettlement,
            Powers = [retrencher],
            Offers = [Offer("Retrencher", OfferKind.AllianceTreaty, Domain.Land)],
        };

        var finding = Only(scenario, Risk.Abandonment);

        Assert.Equal("Retrencher", finding.Power);
        Assert.Equal(["C26", "C48", "C50"], finding.Claims);
        Assert.Equal("Risks.AbandonmentByUnsteadyPower", Assert.Single(finding.Because).Rule);
        var reliance = Assert.Single(finding.Because[0].Matched, m => m.Fact == nameof(Reliance));
        Assert.Equal("Risks.RelianceOnGuaranteeOnTheTable", Assert.Single(reliance.Because!).Rule);
    }

    [Fact]
    public void Abandonment_BalancingWithAWaveringPatronWhoseAidIsAccepted()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement, Aid("Land Patron", OfferKind.MilitaryAid)) with
        {
            Powers = [LandPatron with { Resolve = Resolve.Wavering }, SeaPatron],
        };

        var finding = Only(scenario, Risk.Abandonment);

        var reliance = Assert.Single(finding.Because[0].Matched, m => m.Fact == nameof(Reliance));
        Assert.Equal("Risks.RelianceOnAcceptedOffer", Assert.Single(reliance.Because!).Rule);
    }

    [Fact]
    public void Abandonment_NotWithoutReliance_NorWhileBandwagoning()
    {
        var wavering = LandPatron with { Resolve = Resolve.Wavering };
        var noReliance = WithPatrons(HostileAfterFailedSettlement) with { Powers = [wavering, SeaPatron] };
        var bandwagon = WithPatrons(Stable, Offer("Land Patron", OfferKind.AllianceTreaty, Domain.Land)) with { Powers = [wavering, SeaPatron] };

        Assert.DoesNotContain(RisksOf(noReliance), r => r.Risk == Risk.Abandonment);
        Assert.DoesNotContain(RisksOf(bandwagon), r => r.Risk == Risk.Abandonment);
    }
}
