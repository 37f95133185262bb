using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests;

public class AllianceAssessorTests
{
    [Fact]
    public void AssessMany_BuiltIns_InOrder_SameAsAssessEach()
    {
        var expected = HistoricalScenarios.All.Select(s => AssessmentJson.Serialize(TestEngine.Assess(s)));

        var actual = TestEngine.Assessor.AssessMany(HistoricalScenarios.All).Select(AssessmentJson.Serialize);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void AssessMany_InvalidScenario_RaisedWhenReached_AfterTheOnesBefore()
    {
        var invalid = HistoricalScenarios.All[0] with { Offers = [new GreatPowerOffer { From = "Nobody", Kind = OfferKind.BaseAccess }] };
        var assessed = new List<Assessment>();

        var ex = Assert.Throws<ScenarioValidationException>(() =>
        {
            foreach (var assessment in TestEngine.Assessor.AssessMany([HistoricalScenarios.All[1], invalid, HistoricalScenarios.All[2]]))
            {
                assessed.Add(assessment);
            }
        });

        Assert.Single(assessed);
        Assert.Equal("$.offers[0].from", ex.Errors[0].Path);
    }

    [Fact]
    public void AssessMany_Null_IsRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => TestEngine.Assessor.AssessMany(null!));
    }
}
