using AllianceRules.Facts;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>The rulebook's Needs: autonomy outside balancing, the patron's package while balancing.</summary>
public class NeedsRulesTests
{
    [Theory]
    [InlineData(RelationLevel.Good, false)]
    [InlineData(RelationLevel.Strained, false)]
    public void RespectAutonomy_FromEveryPowerUnlessBalancing(RelationLevel level, bool settlementFailed)
    {
        var scenario = WithPatrons(Relation(level, settlementFailed)) with
        {
            Powers = [LandPatron, SeaPatron, Power("Bystander", stance: Stance.Neutral)],
        };

        var needs = TestEngine.Assess(scenario).Needs;

        Assert.Equal(["Bystander", "Land Patron", "Sea Patron"], needs.Select(n => n.From));
        Assert.All(needs, n =>
        {
            Assert.Equal(Need.RespectAutonomy, n.Need);
            Assert.Equal(["C07", "C11"], n.Claims);
            Assert.Equal("Needs.RespectAutonomyUnlessBalancing", Assert.Single(n.Because).Rule);
        });
    }

    [Fact]
    public void PatronPackage_WhileBalancing_FromEachPatronOnly()
    {
        var scenario = WithPatrons(HostileAfterFailedSettlement) with
        {
            Powers = [LandPatron, SeaPatron, Power("Bystander", stance: Stance.Neutral)],
        };

        var needs = TestEngine.Assess(scenario).Needs;

        Assert.DoesNotContain(needs, n => n.From == "Bystander");
        Assert.Equal(
            [
                (Need.GenerousAid, "Needs.GenerousAidWhileBalancing", "C18,C28"),
                (Need.SecurityGuarantee, "Needs.SecurityGuaranteeWhileBalancing", "C30"),
                (Need.LandAndSeaProtection, "Needs.LandAndSeaProtectionWhileBalancing", "C45"),
                (Need.LongTermResolve, "Needs.LongTermResolveWhileBalancing", "C47,C49"),
                (Need.RespectPoliticalSystem, "Needs.RespectPoliticalSystemWhileBalancing", "C44"),
            ],
            needs.Where(n => n.From == "Land Patron").Select(n => (n.Need, Assert.Single(n.Because).Rule, string.Join(",", n.Claims))));
    }

    [Fact]
    public void TripwireTroops_OnlyFromAPatronThatCannotPressOnLand()
    {
        var needs = TestEngine.Assess(WithPatrons(HostileAfterFailedSettlement)).Needs;

        var tripwire = Assert.Single(needs, n => n.Need == Need.TripwireTroops);
        Assert.Equal("Sea Patron", tripwire.From);
        Assert.Equal(["C46"], tripwire.Claims);
        Assert.Equal("Needs.TripwireTroopsFromDistantPatron", Assert.Single(tripwire.Because).Rule);
    }
}
