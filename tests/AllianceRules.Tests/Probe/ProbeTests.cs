using AllianceRules.Facts;
using AllianceRules.Rendering;
using Xunit.Abstractions;

namespace AllianceRules.Tests.Probe;

public class ProbeTests(ITestOutputHelper output)
{
    [Fact]
    public void Probe()
    {
        var scenario = new Scenario
        {
            Relation = new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true },
            Powers = [new GreatPower { Name = "Soviet Union", ExtraRegional = true, Stance = Stance.Containment, Resolve = Resolve.Demonstrated, AvoidsLandWar = false, RespectsPoliticalSystem = true }],
            Geography = [new GeographyConstraint { Kind = GeographyKind.LandBorder, Between = ["Soviet Union", "China"] }],
            Offers = [new GreatPowerOffer { From = "Soviet Union", Kind = OfferKind.AllianceTreaty, Domains = [Domain.Land, Domain.Sea] }],
        };
        var a = new AllianceAssessor().Assess(scenario);
        output.WriteLine(AssessmentJson.Serialize(a));
    }
}
