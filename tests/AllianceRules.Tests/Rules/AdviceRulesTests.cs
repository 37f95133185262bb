using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>The rulebook's Advice: each prescription, to whom, with its claims.</summary>
public class AdviceRulesTests
{
    private static IReadOnlyList<AdviceFinding> AdviceTo(string power, Scenario scenario) =>
        TestEngine.Assess(scenario).Advice.Where(a => a.To == power).ToArray();

    private static void AssertAdvice(IReadOnlyList<AdviceFinding> advice, Advice expected, string rule, string claims)
    {
        var finding = Assert.Single(advice, a => a.Advice == expected);
        Assert.Equal(rule, Assert.Single(finding.Because).Rule);
        Assert.Equal(claims, string.Join(",", finding.Claims));
    }

    [Fact]
    public void Bandwagon_RespectAutonomy_AndDoNotPushUpgradeOnlyToThePowerProposing()
    {
        var scenario = WithPatrons(Stable, Offer("Sea Patron", OfferKind.PartnershipUpgrade));

        var proposer = AdviceTo("Sea Patron", scenario);
        var other = AdviceTo("Land Patron", scenario);

        AssertAdvice(proposer, Advice.RespectStrategicAutonomy, "Advice.RespectStrategicAutonomyWhileBandwagoning", "C11");
        AssertAdvice(proposer, Advice.DoNotPushUpgrade, "Advice.DoNotPushUpgradeWhileBandwagoning", "C12,C15");
        AssertAdvice(other, Advice.RespectStrategicAutonomy, "Advice.RespectStrategicAutonomyWhileBandwagoning", "C11");
        Assert.DoesNotContain(other, a => a.Advice == Advice.DoNotPushUpgrade);
    }

    [Fact]
    public void Balance_ApproachSeriouslyAndOfferGenerousAid_ToEachPatron()
    {
        var advice = AdviceTo("Land Patron", WithPatrons(HostileAfterFailedSettlement));

        AssertAdvice(advice, Advice.ApproachSeriously, "Advice.ApproachSeriouslyWhenRelationsBad", "C18");
        AssertAdvice(advice, Advice.OfferGenerousAid, "Advice.OfferGenerousAidWhenRelationsBad", "C18");
        Assert.DoesNotContain(advice, a => a.Advice == Advice.RespectStrategicAutonomy);
    }

    [Fact]
    public void Gaps_EachGapWithAnAdviceClosesIt()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement) with
        {
            Powers = [LandPatron, SeaPatron with { RespectsPoliticalSystem = false }],
        };

        var advice = AdviceTo("Sea Patron", scenario);

        AssertAdvice(advice, Advice.OfferSecurityGuarantee, "Advice.OfferSecurityGuaranteeToCloseGap", "C30");
        AssertAdvice(advice, Advice.StationTripwireTroops, "Advice.StationTripwireTroopsToCloseGap", "C46");
        AssertAdvice(advice, Advice.CommitLongTerm, "Advice.CommitLongTermToCloseGap", "C47,C49,C50");
        AssertAdvice(advice, Advice.RespectPoliticalSystem, "Advice.RespectPoliticalSystemToCloseGap", "C44");
    }

    [Fact]
    public void MaritimeAndOverseas_DoNotRaiseExpectations_DemonstrateReach()
    {
        var advice = AdviceTo("Sea Patron", WithPatrons(Stable));

        AssertAdvice(advice, Advice.DoNotRaiseExpectations, "Advice.DoNotRaiseExpectationsWhenMaritimeOnly", "C53");
        AssertAdvice(advice, Advice.DemonstrateReach, "Advice.DemonstrateReachWhenOverseas", "C55,C56");
        Assert.DoesNotContain(AdviceTo("Land Patron", WithPatrons(Stable)), a => a.Advice is Advice.DoNotRaiseExpectations or Advice.DemonstrateReach);
    }

    [Theory]
    [InlineData(RelationLevel.Good, false)]
    [InlineData(RelationLevel.Strained, false)]
    [InlineData(RelationLevel.Hostile, true)]
    public void ManageExpectations_AlwaysToEveryPower(RelationLevel level, bool settlementFailed)
    {
        var scenario = WithPatrons(Relation(level, settlementFailed));

        foreach (var power in scenario.Powers)
        {
            AssertAdvice(AdviceTo(power.Name, scenario), Advice.ManageExpectations, "Advice.ManageExpectationsAlways", "C51,C52");
        }
    }

    [Theory]
    [InlineData(RelationLevel.Strained, false)]
    [InlineData(RelationLevel.Hostile, false)]
    public void BadRelations_ApproachSeriouslyAndOfferGenerousAid_WhateverThePosture(RelationLevel level, bool settlementFailed)
    {
        // v2: C18 (¶7) ties this advice to bad relations, not to balancing: talks still going on.
        var scenario = WithPatrons(Relation(level, settlementFailed));
        Assert.Equal(Posture.SeekSettlement, TestEngine.Assess(scenario).Posture.Value);

        var advice = AdviceTo("Sea Patron", scenario);

        AssertAdvice(advice, Advice.ApproachSeriously, "Advice.ApproachSeriouslyWhenRelationsBad", "C18");
        AssertAdvice(advice, Advice.OfferGenerousAid, "Advice.OfferGenerousAidWhenRelationsBad", "C18");
    }

    [Theory]
    [InlineData(RelationLevel.Good)]
    [InlineData(RelationLevel.Stable)]
    public void GoodRelations_NoC18Advice(RelationLevel level)
    {
        var advice = AdviceTo("Sea Patron", WithPatrons(Relation(level)));

        Assert.DoesNotContain(advice, a => a.Advice is Advice.ApproachSeriously or Advice.OfferGenerousAid);
    }

    [Fact]
    public void BadRelations_NoC18AdviceToANonPatron()
    {
        var scenario = new Scenario { Relation = Strained, Powers = [Power("Neighbourly", stance: Stance.Neutral)] };

        Assert.DoesNotContain(AdviceTo("Neighbourly", scenario), a => a.Advice is Advice.ApproachSeriously or Advice.OfferGenerousAid);
    }

    [Fact]
    public void Bandwagon_NoDoNotPushUpgradeForAPowerThatIsNotAPatron()
    {
        // v2: C12/C15 speak of powers that court the neighbour's periphery at its expense.
        var friend = Power("Friend", stance: Stance.Rapprochement);
        var scenario = new Scenario { Relation = Relation(RelationLevel.Stable), Powers = [friend], Offers = [Offer("Friend", OfferKind.PartnershipUpgrade)] };

        var advice = AdviceTo("Friend", scenario);

        Assert.DoesNotContain(advice, a => a.Advice == Advice.DoNotPushUpgrade);
        Assert.Contains(advice, a => a.Advice == Advice.RespectStrategicAutonomy);
    }
}
