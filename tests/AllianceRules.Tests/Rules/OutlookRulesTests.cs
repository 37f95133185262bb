using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>The rulebook's Alliance outlook: one per great power, with the claim of its case.</summary>
public class OutlookRulesTests
{
    private static OutlookFinding OutlookOf(string power, Scenario scenario)
    {
        var outlook = TestEngine.Assess(scenario).Outlook;
        Assert.Equal(scenario.Powers.Count, outlook.Count);
        return Assert.Single(outlook, o => o.Power == power);
    }

    private static void AssertOutlook(OutlookFinding finding, AllianceOutlook expected, string rule, string claims)
    {
        Assert.Equal(expected, finding.Alliance);
        Assert.Equal(rule, Assert.Single(finding.Because).Rule);
        Assert.Equal(claims, string.Join(",", finding.Claims));
    }

    [Fact]
    public void Likely_PatronWithCredibleCommitment()
    {
        var scenario = WithPatrons(
            HostileAfterFailedSettlement,
            Offer("Land Patron", OfferKind.AllianceTreaty, Domain.Land, Domain.Sea),
            Aid("Land Patron", OfferKind.MilitaryAid, shareOfGdp: 0.2m));

        AssertOutlook(OutlookOf("Land Patron", scenario), AllianceOutlook.Likely, "Outlook.LikelyWithCredibleCommitment", "C43");
    }

    [Fact]
    public void Possible_PatronWithGaps()
    {
        AssertOutlook(OutlookOf("Sea Patron", WithPatrons(HostileAfterFailedSettlement)), AllianceOutlook.Possible, "Outlook.PossibleWhileGapsRemain", "C31");
    }

    [Fact]
    public void Unlikely_WhileBandwagoning()
    {
        AssertOutlook(OutlookOf("Land Patron", WithPatrons(Stable)), AllianceOutlook.Unlikely, "Outlook.UnlikelyWhileBandwagoning", "C04");
    }

    [Fact]
    public void Unlikely_WhileSeekingSettlement()
    {
        AssertOutlook(OutlookOf("Sea Patron", WithPatrons(Strained)), AllianceOutlook.Unlikely, "Outlook.UnlikelyWhileSeekingSettlement", "C20");
    }

    [Fact]
    public void Unlikely_WhileAccommodating()
    {
        var scenario = new Scenario
        {
            Relation = HostileAfterFailedSettlement,
            Powers = [Power("Retrencher", stance: Stance.Rapprochement), Power("Bystander", stance: Stance.Neutral)],
        };

        AssertOutlook(OutlookOf("Retrencher", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithRetrenchingPower", "C26");
        AssertOutlook(OutlookOf("Bystander", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithNonPatron", "C08");
    }

    [Theory]
    [InlineData(RelationLevel.Stable, false)]
    [InlineData(RelationLevel.Strained, false)]
    public void Unlikely_NonPatronCitesC08_NotThePostureClaims(RelationLevel level, bool settlementFailed)
    {
        // v2 change 5: for a power that is not a patron, Unlikely rests on C08 (or C26), never C04 or C20.
        var scenario = new Scenario
        {
            Relation = Relation(level, settlementFailed),
            Powers = [Power("Bystander", stance: Stance.Neutral), Power("Friend", stance: Stance.Rapprochement)],
        };

        AssertOutlook(OutlookOf("Bystander", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithNonPatron", "C08");
        AssertOutlook(OutlookOf("Friend", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithRetrenchingPower", "C26");
        Assert.Equal(["D14"], OutlookOf("Bystander", scenario).Decisions);
    }

    [Fact]
    public void Unlikely_RetrenchingPowerWhileBalancing()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement) with
        {
            Powers = [LandPatron, SeaPatron, Power("Retrencher", stance: Stance.Rapprochement)],
        };

        AssertOutlook(OutlookOf("Retrencher", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithRetrenchingPower", "C26");
    }

    [Theory]
    [InlineData(true, Stance.Neutral)]
    [InlineData(false, Stance.Containment)]
    public void Unlikely_NonPatronWhileBalancing(bool extraRegional, Stance stance)
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement) with
        {
            Powers = [LandPatron, SeaPatron, Power("Other", extraRegional: extraRegional, stance: stance)],
        };

        AssertOutlook(OutlookOf("Other", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithNonPatron", "C08");
    }
}
