using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>The rulebook's Commitment: each gap with its claims, credible iff none, drawn only while balancing.</summary>
public class CommitmentRulesTests
{
    private static readonly GreatPowerOffer LandSeaTreaty = Offer("Land Patron", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea);
    private static readonly GreatPowerOffer BenchmarkAid = Aid("Land Patron", OfferKind.EconomicAid, annualUsd: AidBenchmark.Default.AnnualUsd);

    private static CommitmentFinding CommitmentOf(string power, Scenario scenario) =>
        Assert.Single(TestEngine.Assess(scenario).Commitments, c => c.Power == power);

    [Fact]
    public void Credible_LandPatronWithTreatyAndBenchmarkAid_NoGap()
    {
        var commitment = CommitmentOf("Land Patron", WithPatrons(HostileAfterFailedSettlement, LandSeaTreaty, BenchmarkAid));

        Assert.True(commitment.Credible);
        Assert.Empty(commitment.Gaps);
        Assert.Equal(["C43"], commitment.Claims);
        Assert.Equal("Commitment.CredibleWhenNoGapRemains", Assert.Single(commitment.Because).Rule);
    }

    [Theory]
    [InlineData(Gap.NoSecurityGuarantee, "Commitment.NoSecurityGuaranteeGap", "C30")]
    [InlineData(Gap.NoLandProtection, "Commitment.NoLandProtectionGap", "C24,C33,C45")]
    [InlineData(Gap.NoSeaProtection, "Commitment.NoSeaProtectionGap", "C45")]
    public void Gap_LandPatronWithoutTheGuarantee(Gap gap, string rule, string claims)
    {
        var commitment = CommitmentOf("Land Patron", WithPatrons(HostileAfterFailedSettlement, BenchmarkAid));

        Assert.False(commitment.Credible);
        var finding = Assert.Single(commitment.Gaps, g => g.Gap == gap);
        Assert.Equal(claims, string.Join(",", finding.Claims));
        Assert.Equal(rule, Assert.Single(finding.Because).Rule);
        Assert.Equal("Commitment.NotCredibleWhileGapsRemain", Assert.Single(commitment.Because).Rule);
        Assert.Contains("C43", commitment.Claims);
    }

    [Fact]
    public void Gaps_SeaOnlyTreatyFromLandPatron_LacksLandProtectionOnly()
    {
        var seaOnly = Offer("Land Patron", OfferKind.AllianceTreaty, Domain.Sea);

        var commitment = CommitmentOf("Land Patron", WithPatrons(HostileAfterFailedSettlement, seaOnly, BenchmarkAid));

        Assert.Equal([Gap.NoLandProtection], commitment.Gaps.Select(g => g.Gap));
    }

    [Fact]
    public void Gaps_LandTreatyFromMaritimePatron_StillLacksLandProtection()
    {
        var treaty = Offer("Sea Patron", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea);

        var gaps = CommitmentOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement, treaty)).Gaps.Select(g => g.Gap);

        Assert.Contains(Gap.NoLandProtection, gaps);
        Assert.DoesNotContain(Gap.NoSeaProtection, gaps);
    }

    [Fact]
    public void NoTripwireTroops_OnlyForAPatronThatCannotPressOnLand_AndTroopsCloseIt()
    {
        var treaty = Offer("Sea Patron", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea);
        var troops = Offer("Sea Patron", OfferKind.TroopStationing);

        var without = CommitmentOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement, treaty));
        var with = CommitmentOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement, treaty, troops));

        var gap = Assert.Single(without.Gaps, g => g.Gap == Gap.NoTripwireTroops);
        Assert.Equal(["C46"], gap.Claims);
        Assert.Equal("Commitment.NoTripwireTroopsGap", Assert.Single(gap.Because).Rule);
        Assert.DoesNotContain(with.Gaps, g => g.Gap is Gap.NoTripwireTroops or Gap.NoLandProtection);
        Assert.DoesNotContain(CommitmentOf("Land Patron", WithPatrons(HostileAfterFailedSettlement)).Gaps, g => g.Gap == Gap.NoTripwireTroops);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(2_499_999_999.0, null, true)]
    [InlineData(2_500_000_000.0, null, false)]
    [InlineData(null, 0.0999, true)]
    [InlineData(null, 0.10, false)]
    public void AidBelowBenchmark_SumsMilitaryAndEconomicAid(double? usd, double? share, bool gap)
    {
        var military = Aid("Land Patron", OfferKind.MilitaryAid, annualUsd: (decimal?)usd / 2, shareOfGdp: (decimal?)share / 2);
        var economic = Aid("Land Patron", OfferKind.EconomicAid, annualUsd: (decimal?)usd / 2, shareOfGdp: (decimal?)share / 2);

        var commitment = CommitmentOf("Land Patron", WithPatrons(HostileAfterFailedSettlement, LandSeaTreaty, military, economic));

        var finding = commitment.Gaps.SingleOrDefault(g => g.Gap == Gap.AidBelowBenchmark);
        Assert.Equal(gap, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(["C25", "C28"], finding.Claims);
            Assert.Equal("Commitment.AidBelowBenchmarkGap", Assert.Single(finding.Because).Rule);
        }
    }

    [Theory]
    [InlineData(Resolve.Undemonstrated, true)]
    [InlineData(Resolve.Wavering, true)]
    [InlineData(Resolve.Demonstrated, false)]
    public void ResolveNotDemonstrated_UnlessDemonstrated(Resolve resolve, bool gap)
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement, LandSeaTreaty, BenchmarkAid) with
        {
            Powers = [LandPatron with { Resolve = resolve }, SeaPatron],
        };

        var finding = CommitmentOf("Land Patron", scenario).Gaps.SingleOrDefault(g => g.Gap == Gap.ResolveNotDemonstrated);

        Assert.Equal(gap, finding is not null);
        if (finding is not null)
        {
            Assert.Equal(["C47", "C49"], finding.Claims);
            Assert.Equal("Commitment.ResolveNotDemonstratedGap", Assert.Single(finding.Because).Rule);
        }
    }

    [Fact]
    public void PoliticalSystemNotRespected_WhenThePatronDoesNot()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement, LandSeaTreaty, BenchmarkAid) with
        {
            Powers = [LandPatron with { RespectsPoliticalSystem = false }, SeaPatron],
        };

        var commitment = CommitmentOf("Land Patron", scenario);

        var finding = Assert.Single(commitment.Gaps);
        Assert.Equal(Gap.PoliticalSystemNotRespected, finding.Gap);
        Assert.Equal(["C44"], finding.Claims);
        Assert.Equal("Commitment.PoliticalSystemNotRespectedGap", Assert.Single(finding.Because).Rule);
    }

    [Fact]
    public void ArmsSalesAloneInsufficient_ArmsWithoutGuarantee_ButNotWithOne()
    {
        var arms = Offer("Sea Patron", OfferKind.ArmsSales);
        var guarantee = Offer("Sea Patron", OfferKind.SecurityGuarantee, Domain.Sea);

        var alone = CommitmentOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement, arms));
        var withGuarantee = CommitmentOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement, arms, guarantee));

        var finding = Assert.Single(alone.Gaps, g => g.Gap == Gap.ArmsSalesAloneInsufficient);
        Assert.Equal(["C29"], finding.Claims);
        Assert.Equal("Commitment.ArmsSalesAloneInsufficientGap", Assert.Single(finding.Because).Rule);
        Assert.DoesNotContain(withGuarantee.Gaps, g => g.Gap == Gap.ArmsSalesAloneInsufficient);
    }

    [Theory]
    [InlineData(RelationLevel.Stable, false)]
    [InlineData(RelationLevel.Hostile, false)]
    public void Commitments_NotDrawnUnlessBalancing(RelationLevel level, bool settlementFailed)
    {
        Assert.Empty(TestEngine.Assess(WithPatrons(Relation(level, settlementFailed), LandSeaTreaty)).Commitments);
    }
}
