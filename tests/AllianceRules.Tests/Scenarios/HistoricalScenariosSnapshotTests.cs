using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// Pins what every built-in episode concludes, one line per conclusion with the rules, claims and
/// decisions that drew it, so a rule change shows in review as the lines of the conclusions that
/// moved. The full assessment JSON is pinned on two episodes only, for its format.
/// </summary>
public class HistoricalScenariosSnapshotTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    /// <summary>A patron's alliance (every kind of conclusion, shared justification) and the forecast (a sea-only guarantee, gaps, risks).</summary>
    public static TheoryData<string> FormatIds() => new("1978-soviet-alliance", "future-sharp-deterioration");

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    [Trait("Category", Accept.Category)]
    public void Conclusions_BuiltInScenario_MatchSnapshot(string id)
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find(id)!);

        Snapshots.Match(string.Concat(TheoryConclusion.Of(assessment).Select(c => c + "\n")), $"{id}.conclusions");
    }

    [Theory]
    [MemberData(nameof(FormatIds))]
    [Trait("Category", Accept.Category)]
    public void Json_BuiltInScenario_MatchesSnapshot(string id)
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find(id)!);

        Snapshots.Match(AssessmentJson.Serialize(assessment), $"{id}.json");
    }
}
