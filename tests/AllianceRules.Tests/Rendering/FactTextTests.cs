using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

public class FactTextTests
{
    [Fact]
    public void EveryFactType_HasWordsOfItsOwn()
    {
        var source = RepositoryFiles.Read("src/AllianceRules/Engine/FactText.cs");
        var factTypes = typeof(RelationState).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == "AllianceRules.Facts" && t is { IsClass: true, IsAbstract: false });

        var missing = factTypes.Where(t => !source.Contains($" {t.Name} ", StringComparison.Ordinal) && !source.Contains($"({t.Name} ", StringComparison.Ordinal)).Select(t => t.Name);

        Assert.Empty(missing);
    }

    [Fact]
    public void BuiltInAssessments_NeverFallBackToRecordToString()
    {
        foreach (var scenario in HistoricalScenarios.All)
        {
            var json = AllianceRules.Rendering.AssessmentJson.Serialize(TestEngine.Assess(scenario));

            Assert.DoesNotContain(" { ", json, StringComparison.Ordinal);
        }
    }
}
