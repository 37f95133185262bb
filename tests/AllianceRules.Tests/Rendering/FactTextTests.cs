using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

public class FactTextTests
{
    [Fact]
    public void EveryFactType_DescribesItself()
    {
        var factTypes = typeof(RelationState).Assembly.GetExportedTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false }
                && (t.Namespace is "AllianceRules.Facts" or "AllianceRules.Facts.Derived"
                    || (t.Namespace == "AllianceRules.Conclusions" && t.Name.EndsWith("Conclusion", StringComparison.Ordinal))))
            .ToArray();

        Assert.Contains(typeof(PostureConclusion), factTypes);
        Assert.All(factTypes, t => Assert.True(typeof(IDescribedFact).IsAssignableFrom(t), $"{t.Name} does not describe itself"));
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
