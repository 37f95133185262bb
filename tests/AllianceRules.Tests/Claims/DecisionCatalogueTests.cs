using AllianceRules.Claims;
using AllianceRules.Tests.Support;
using NRules.Fluent;

namespace AllianceRules.Tests.Claims;

/// <summary>
/// The project's readings of the article are a catalogue like the claims: every decision a rule
/// cites exists, every decision that adds to the article is cited by the rules that rely on it,
/// and docs/decisions.md is generated from it.
/// </summary>
public class DecisionCatalogueTests
{
    private static readonly IReadOnlyList<(string Rule, IReadOnlyList<string> Tags)> AllRules = LoadRules();

    [Fact]
    public void Catalogue_IsNumberedInOrder_AndRestsOnKnownClaims()
    {
        Assert.Equal(Enumerable.Range(1, DecisionCatalogue.All.Count).Select(i => $"D{i}"), DecisionCatalogue.All.Select(d => d.Id));
        Assert.All(DecisionCatalogue.All, d => Assert.All(d.Claims, c => Assert.NotNull(ClaimCatalogue.Find(c))));
        Assert.All(DecisionCatalogue.All, d => Assert.False(string.IsNullOrWhiteSpace(d.Text)));
    }

    [Fact]
    public void EveryDecisionTag_IsInTheCatalogue_AndAddsContent()
    {
        foreach (var (rule, tags) in AllRules)
        {
            foreach (var tag in tags.Where(t => t.StartsWith('D')))
            {
                var decision = DecisionCatalogue.Find(tag);
                Assert.True(decision is not null, $"{rule} cites {tag}, which is not a decision");
                Assert.True(decision.AddsContent, $"{rule} cites {tag}, which adds nothing to the article: a rule cites only the readings it concludes more by");
            }
        }
    }

    [Fact]
    public void EveryDecisionThatAddsContent_IsCitedByARule()
    {
        var cited = AllRules.SelectMany(r => r.Tags).ToHashSet(StringComparer.Ordinal);

        var uncited = DecisionCatalogue.All.Where(d => d.AddsContent && !cited.Contains(d.Id)).Select(d => d.Id);

        Assert.Empty(uncited);
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void DecisionsDoc_IsFresh()
    {
        GeneratedDocs.AssertFresh(DecisionsDoc.RelativePath, DecisionsDoc.Render(TestEngine.Assessor.Rules));
    }

    private static (string Rule, IReadOnlyList<string> Tags)[] LoadRules()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true).Where(rule => AllianceRules.Rules.AlternativeToAttribute.IsArticleRule(rule.RuleType)));
        return [.. repository.GetRuleSets().SelectMany(s => s.Rules).Select(r => (r.Name, (IReadOnlyList<string>)[.. r.Tags]))];
    }
}
