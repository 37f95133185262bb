using System.Reflection;
using AllianceRules.Claims;
using AllianceRules.Rules;
using AllianceRules.Tests.Support;
using AllianceRules.Weighing;

namespace AllianceRules.Tests.Weighing;

/// <summary>
/// Every decision that adds content names its alternative reading, and the library ships it as an
/// amendment that replaces exactly the rules citing the decision (rulebook v3, "Weighing the readings").
/// </summary>
public class AlternativeReadingsTests
{
    public static TheoryData<string> ContentAddingDecisions() => new(DecisionCatalogue.All.Where(d => d.AddsContent).Select(d => d.Id));

    [Theory]
    [MemberData(nameof(ContentAddingDecisions))]
    public void EveryContentAddingDecision_NamesAnAlternative_ThatTheLibraryShips(string id)
    {
        var decision = DecisionCatalogue.Find(id)!;

        Assert.True(decision.Alternative is not null, $"{id} adds content but names no alternative reading in Claims/decisions.json");
        Assert.False(string.IsNullOrWhiteSpace(decision.Alternative.Text));
        var reading = AlternativeReadings.Find(decision.Alternative.Amendment);
        Assert.True(reading is not null, $"{id} names the amendment '{decision.Alternative.Amendment}', which AlternativeReadings does not ship");
        Assert.Same(decision, reading.Decision);
        Assert.Same(reading, AlternativeReadings.Find(id));
    }

    [Fact]
    public void OnlyContentAddingDecisions_HaveAlternatives_AndEachHasOneReading()
    {
        Assert.All(DecisionCatalogue.All.Where(d => !d.AddsContent), d => Assert.Null(d.Alternative));
        Assert.Equal(
            DecisionCatalogue.All.Where(d => d.AddsContent).Select(d => d.Id),
            AlternativeReadings.All.Select(r => r.Decision.Id));
    }

    [Theory]
    [MemberData(nameof(ContentAddingDecisions))]
    public void AReading_ReplacesEveryRuleThatCitesItsDecision_AndAddsOnlyRulesMarkedForIt(string id)
    {
        var reading = AlternativeReadings.Find(id)!;
        var options = new AllianceRulesOptions();

        reading.Apply(options);

        Assert.Equal(
            TestEngine.Assessor.Rules.Where(r => r.Decisions.Contains(id)).Select(r => r.Name).Order(StringComparer.Ordinal),
            options.DisabledRules.ToArray());
        Assert.All(options.AdditionalRuleTypes, type => Assert.Equal(id, type.GetCustomAttribute<AlternativeToAttribute>()?.Decision));
        Assert.Equal(reading.Added, options.AdditionalRuleTypes.Select(t => new NRules.Fluent.RuleMetadata(t).Name));
        Assert.Empty(options.Validate());

        // The alternative's rules carry no decision: they are what a reader who rejects it concludes.
        var amended = new AllianceAssessor(options);
        Assert.All(amended.Rules.Where(r => reading.Added.Contains(r.Name)), r => Assert.Empty(r.Decisions));
    }

    [Fact]
    public void TheArticlesRulebook_LeavesEveryAlternativeRuleOut()
    {
        var marked = typeof(AllianceAssessor).Assembly.GetTypes().Where(t => t.IsDefined(typeof(AlternativeToAttribute))).ToArray();

        Assert.NotEmpty(marked);
        Assert.DoesNotContain(TestEngine.Assessor.Rules, r => AlternativeReadings.All.Any(reading => reading.Added.Contains(r.Name)));
        Assert.Equal(marked.Length, AlternativeReadings.All.Sum(r => r.Added.Count));
    }

    [Fact]
    public void Apply_Twice_AddsEachRuleOnce()
    {
        var options = new AllianceRulesOptions();
        var reading = AlternativeReadings.Find("D13")!;

        reading.Apply(options);
        reading.Apply(options);

        Assert.Single(options.AdditionalRuleTypes);
        Assert.Equal("D13-alternative: " + DecisionCatalogue.Find("D13")!.Alternative!.Text, reading.Description);
    }
}
