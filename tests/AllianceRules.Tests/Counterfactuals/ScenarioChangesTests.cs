using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Tests.Counterfactuals;

public class ScenarioChangesTests
{
    private static readonly Scenario SharpDeterioration = HistoricalScenarios.Find("future-sharp-deterioration")!;

    [Fact]
    public void Around_ListsOnlyValidChanges_InAFixedOrder()
    {
        var changes = ScenarioChanges.Around(SharpDeterioration, AidBenchmark.Default);

        Assert.Equal(changes.Select(c => c.ToString()), ScenarioChanges.Around(SharpDeterioration, AidBenchmark.Default).Select(c => c.ToString()));
        Assert.All(changes, c => Assert.Empty(ScenarioValidator.Validate(ScenarioChanges.Apply(SharpDeterioration, [c]))));
        Assert.Equal("relation.level: Hostile → Good", changes[0].ToString());
        Assert.Contains(changes, c => c.ToString() == "offers[0].domains: [Sea] → [Land, Sea]");
        Assert.Contains(changes, c => c.ToString() == "offers[1]: United States offers arms sales → (removed)");
        Assert.DoesNotContain(changes, c => c.ToString() == "offers[0].domains: [Sea] → []");
    }

    [Fact]
    public void Apply_TwoRemovals_RemoveTheNamedEntriesWhateverTheOrder()
    {
        var changes = ScenarioChanges.Around(SharpDeterioration, AidBenchmark.Default);
        var removeFirst = changes.Single(c => c.Field == "offers[0]");
        var removeSecond = changes.Single(c => c.Field == "offers[1]");
        var changeFirstDomains = changes.First(c => c.Field == "offers[0].domains");

        Assert.Empty(ScenarioChanges.Apply(SharpDeterioration, [removeFirst, removeSecond]).Offers);
        Assert.Empty(ScenarioChanges.Apply(SharpDeterioration, [removeSecond, removeFirst]).Offers);
        var kept = Assert.Single(ScenarioChanges.Apply(SharpDeterioration, [removeSecond, changeFirstDomains]).Offers);
        Assert.Equal([Domain.Land, Domain.Sea], kept.Domains);
    }

    [Fact]
    public void Apply_LeavesTheOriginalUntouched()
    {
        var before = ScenarioJson.Serialize(SharpDeterioration);

        foreach (var change in ScenarioChanges.Around(SharpDeterioration, AidBenchmark.Default))
        {
            ScenarioChanges.Apply(SharpDeterioration, [change]);
        }

        Assert.Equal(before, ScenarioJson.Serialize(SharpDeterioration));
    }
}
