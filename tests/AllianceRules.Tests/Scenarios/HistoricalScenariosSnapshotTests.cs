using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using Snapshooter;
using Snapshooter.Xunit;

namespace AllianceRules.Tests.Scenarios;

/// <summary>Pins the full assessment JSON of every built-in scenario: a rule change shows in review as a diff of these files.</summary>
public class HistoricalScenariosSnapshotTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Assess_BuiltInScenario_MatchesSnapshot(string id)
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find(id)!);

        Snapshot.Match(AssessmentJson.Serialize(assessment), SnapshotNameExtension.Create(id));
    }
}
