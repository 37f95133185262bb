using AllianceRules.Claims;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using NRules.Fluent;

namespace AllianceRules.Tests.Claims;

/// <summary>Every claim is in the code and every rule points back to a claim: the article and the rulebook cannot drift apart unnoticed.</summary>
public class ClaimCoverageTests
{
    private static readonly IReadOnlyList<ClaimsDoc.Trace> Traces = ClaimsDoc.Traces();

    [Fact]
    public void Catalogue_HasTheFiftySixClaimsInOrder()
    {
        Assert.Equal(Enumerable.Range(1, 56).Select(i => $"C{i:00}"), ClaimCatalogue.All.Select(c => c.Id));
        Assert.All(ClaimCatalogue.All, c => Assert.NotEmpty(c.Paragraphs));
    }

    /// <summary>
    /// The spec's rulebook ("Hedges") names the article's hedges; the catalogue carries exactly
    /// these, and each paraphrase keeps its hedge (the spec's claims table, written before, does not).
    /// </summary>
    [Fact]
    public void Catalogue_CarriesTheArticlesHedges_AndEachParaphraseKeepsIt()
    {
        var hedges = new Dictionary<string, (string Hedge, string InParaphrase)>
        {
            ["C01"] = ("depends overwhelmingly", "depends overwhelmingly"),
            ["C03"] = ("has often … has preferred", "has often preferred"),
            ["C06"] = ("has been open to", "has been open to"),
            ["C12"] = ("likely to arouse", "is likely to arouse"),
            ["C27"] = ("would likely have continued", "would likely have continued"),
            ["C28"] = ("would likely demand", "would likely demand"),
            ["C31"] = ("not nil", "is not nil"),
            ["C33"] = ("is likely to limit", "is likely to be limited"),
        };

        Assert.Equal(hedges.Keys.Order(StringComparer.Ordinal), ClaimCatalogue.All.Where(c => c.Hedge is not null).Select(c => c.Id));
        Assert.All(hedges, entry =>
        {
            var claim = ClaimCatalogue.Find(entry.Key)!;
            Assert.Equal(entry.Value.Hedge, claim.Hedge);
            Assert.Contains(entry.Value.InParaphrase, claim.Text, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void WithParagraphs_PrintsTheHedgeBesideAHedgedClaim()
    {
        Assert.Equal("C12 ¶6 (\"likely to arouse\"), C14 ¶6", ClaimText.WithParagraphs(["C12", "C14"]));
    }

    /// <summary>
    /// Rule claims that the rulebook cites in none of its tables, each with where its content went.
    /// A claim is cited only where it states what a rule concludes ("Stated or inferred"). Empty
    /// since v3 cites C17 where the label is the signal (rulebook v3, change 8).
    /// </summary>
    private static readonly Dictionary<string, string> CitedByNoRule = [];

    [Fact]
    public void EveryRuleClaim_IsEncodedByARule_SaveThoseTheRulebookCitesNowhere()
    {
        var missing = Traces.Where(t => t.Claim.Kind == ClaimKind.Rule && t.Rules.Count == 0).Select(t => t.Claim.Id);

        Assert.Equal(CitedByNoRule.Keys.Order(StringComparer.Ordinal), missing);
    }

    [Fact]
    public void EveryEvidenceClaim_IsABuiltInScenario()
    {
        var listed = HistoricalScenarios.All.SelectMany(s => s.Claims).ToHashSet();

        var missing = ClaimCatalogue.All.Where(c => c.Kind == ClaimKind.Evidence && !listed.Contains(c.Id)).Select(c => c.Id);

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryBackgroundClaim_IsCitedByARuleOrAScenario()
    {
        var missing = Traces.Where(t => t.Claim.Kind == ClaimKind.Background && t.Rules.Count == 0 && t.Scenarios.Count == 0).Select(t => t.Claim.Id);

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryRuleTag_IsAKnownClaimOrDecision_AndEveryRuleHasAClaim()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true).Where(rule => AllianceRules.Rules.AlternativeToAttribute.IsArticleRule(rule.RuleType)));

        foreach (var rule in repository.GetRuleSets().SelectMany(s => s.Rules))
        {
            Assert.NotEmpty(rule.Tags);
            Assert.All(rule.Tags, tag => Assert.True(
                ClaimCatalogue.Find(tag) is not null || DecisionCatalogue.Find(tag) is not null,
                $"{rule.Name} carries '{tag}', which is neither a claim nor a decision"));
            Assert.Contains(rule.Tags, tag => ClaimCatalogue.Find(tag) is not null);
        }
    }

    [Fact]
    public void EveryRuleName_IsSectionDotName_AndUnique()
    {
        var names = TestEngine.Assessor.Rules.Select(r => r.Name).ToArray();

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(@"^(Geography|Posture|Offers|Needs|Commitment|Risks|Outlook|Advice)\.[A-Z][A-Za-z]+$", n));
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void ClaimsDoc_IsFresh()
    {
        GeneratedDocs.AssertFresh(ClaimsDoc.RelativePath, ClaimsDoc.Render());
    }
}
