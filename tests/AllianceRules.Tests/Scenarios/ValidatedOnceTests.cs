using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// A scenario is validated once, where it comes in: the reader returns a <see cref="ValidScenario"/>,
/// and assessing, explaining or exploring one runs no validator. The count is per thread, and each
/// call runs on the test's thread.
/// </summary>
public class ValidatedOnceTests
{
    private const string Json = """{ "relation": { "level": "Hostile", "settlementFailed": true } }""";

    [Fact]
    public void ReadingJson_ValidatesOnce()
    {
        var before = ScenarioValidator.ValidationsOnThisThread;

        ScenarioJson.Parse(Json);

        Assert.Equal(before + 1, ScenarioValidator.ValidationsOnThisThread);
    }

    [Fact]
    public void AssessingWhatTheReaderReturned_DoesNotValidateAgain()
    {
        var scenario = ScenarioJson.Parse(Json);
        var before = ScenarioValidator.ValidationsOnThisThread;

        TestEngine.Assessor.Assess(scenario);
        TestEngine.Assessor.Explain(scenario, "posture");

        Assert.Equal(before, ScenarioValidator.ValidationsOnThisThread);
    }

    [Fact]
    public void AssessingAScenarioBuiltInCode_ValidatesIt()
    {
        var scenario = ScenarioJson.Parse(Json).Value;
        var before = ScenarioValidator.ValidationsOnThisThread;

        TestEngine.Assessor.Assess(scenario);

        Assert.Equal(before + 1, ScenarioValidator.ValidationsOnThisThread);
    }

    [Fact]
    public void BothDoors_GiveTheSameAssessment()
    {
        var valid = ScenarioJson.Parse(Json);

        Assert.Equal(
            AllianceRules.Rendering.AssessmentJson.Serialize(TestEngine.Assessor.Assess(valid.Value)),
            AllianceRules.Rendering.AssessmentJson.Serialize(TestEngine.Assessor.Assess(valid)));
    }
}
