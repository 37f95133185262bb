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
        var scenario = new Scenario { Relation = HostileAfterFailedSettlement, Powers = [Power("Retrencher", stance: Stance.Rapprochement)] };

        AssertOutlook(OutlookOf("Retrencher", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWhileAccommodating", "C26");
    }

    [Fact]
    public void Unlikely_RetrenchingPowerWhileBalancing()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement) with
        {
            Powers = [LandPatron, SeaPatron, Power("Retrencher", stance: Stance.Rapprochement)],
        };

        AssertOutlook(OutlookOf("Retrencher", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithRetrenchingPowerWhileBalancing", "C26");
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

        AssertOutlook(OutlookOf("Other", scenario), AllianceOutlook.Unlikely, "Outlook.UnlikelyWithNonPatronWhileBalancing", "C08");
    }
}
