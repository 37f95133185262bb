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
    /// Rule claims that rulebook v2 cites in none of its tables, each with where its content went.
    /// A claim is cited only where it states what a rule concludes (v2, "Stated or inferred").
    /// </summary>
    private static readonly Dictionary<string, string> CitedByNoRule = new()
    {
        ["C17"] = "v2 no longer cites it for accepting an upgrade while balancing: that rests on C06 and decision D26",
    };

    [Fact]
    public void EveryRuleClaim_IsEncodedByARule_SaveThoseV2CitesNowhere()
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
        repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true));

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
    public void EveryRule_IsNamedInTheRuleTestsOfItsSection()
    {
        var untested = TestEngine.Assessor.Rules
            .Where(rule =>
            {
                var testFile = $"tests/AllianceRules.Tests/Rules/{rule.Section}RulesTests.cs";
                return !File.Exists(RepositoryFiles.Path(testFile))
                    || !RepositoryFiles.Read(testFile).Contains($"\"{rule.Name}\"", StringComparison.Ordinal);
            })
            .Select(rule => rule.Name);

        Assert.Empty(untested);
    }

    [Fact]
    public void EveryRuleName_IsSectionDotName_AndUnique()
    {
        var names = TestEngine.Assessor.Rules.Select(r => r.Name).ToArray();

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches(@"^(Geography|Posture|Offers|Needs|Commitment|Risks|Outlook|Advice)\.[A-Z][A-Za-z]+$", n));
    }

    [Fact]
    public void ClaimsDoc_IsFresh()
    {
        GeneratedDocs.AssertFresh(ClaimsDoc.RelativePath, ClaimsDoc.Render());
    }
}
