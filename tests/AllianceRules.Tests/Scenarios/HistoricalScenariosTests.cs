using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// The built-in episodes as data: their record, dates, notes and sources. What the rules conclude of
/// each is pinned by its conclusions snapshot; what the article expects of each is written once, in
/// tests/theory/episodes.test.json.
/// </summary>
public class HistoricalScenariosTests
{
    [Fact]
    public void Episode1978_RecordsTheTreatyDateDiscrepancy()
    {
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;

        Assert.Equal("1978-11-03", scenario.Date);
        Assert.Contains(scenario.Notes, n => n.Contains("October 1978", StringComparison.Ordinal) && n.Contains("3 November 1978", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1986-soviet-shift")]
    [InlineData("1988-johnson-south-reef")]
    public void Episodes1986And1988_RecordThatVietnamStillBalanced(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;

        Assert.Equal(Posture.Balance, scenario.Observed!.Posture);
        Assert.Contains(scenario.Notes, n => n.Contains("1991", StringComparison.Ordinal));
    }

    [Fact]
    public void Episode2023April_RecordsTheUpgradeAsDeferred()
    {
        var observed = Assert.Single(HistoricalScenarios.Find("2023-blinken-visit")!.Observed!.Responses);

        Assert.Equal(OfferKind.PartnershipUpgrade, observed.Kind);
        Assert.Equal(Decision.Defer, observed.Decision);
    }

    [Fact]
    public void Episode2023September_RecordsTheUpgradeAcceptedInStableTimes()
    {
        var scenario = HistoricalScenarios.Find("2023-09-us-comprehensive-partnership")!;

        Assert.Equal(RelationLevel.Stable, scenario.Relation.Level);
        Assert.Equal(ActorProfiles.UnitedStates, Assert.Single(scenario.Powers));
        Assert.Equal(Posture.Bandwagon, scenario.Observed!.Posture);
        var observed = Assert.Single(scenario.Observed.Responses);
        Assert.Equal((ActorProfiles.UnitedStatesName, OfferKind.PartnershipUpgrade, Decision.Accept), (observed.From, observed.Kind, observed.Decision));
        Assert.Equal(["C04", "C12", "C15"], scenario.Claims);
    }

    [Fact]
    public void Episode2024_FishermenBeaten_SeaCoercionWithNoOffer()
    {
        var scenario = HistoricalScenarios.Find("2024-09-paracels-fishermen")!;

        Assert.Empty(scenario.Offers);
        Assert.Equal(ActorProfiles.UnitedStates, Assert.Single(scenario.Powers));
        var coercion = Assert.Single(scenario.Coercion);
        Assert.Equal((Domain.Sea, 2024), (coercion.Domain, coercion.Year));
    }

    [Theory]
    [InlineData("2023-09-us-comprehensive-partnership")]
    [InlineData("2024-09-paracels-fishermen")]
    public void EpisodesAfterTheArticle_CiteDatedSourcesWithAnAddress(string id)
    {
        var scenario = HistoricalScenarios.Find(id)!;

        Assert.Contains(scenario.Notes, n => n.StartsWith("After the article", StringComparison.Ordinal));
        Assert.True(scenario.Sources.Count(s => s.Contains("https://", StringComparison.Ordinal) && s.Contains(" 20", StringComparison.Ordinal)) >= 2);
    }

    [Fact]
    public void IsAfterTheArticle_OnlyTheEpisodesAfterTheArticlesLatestEvent()
    {
        var after = HistoricalScenarios.All.Where(HistoricalScenarios.IsAfterTheArticle).Select(s => s.Id);

        Assert.Equal(
            ["2023-09-us-comprehensive-partnership", "2023-11-japan-comprehensive-partnership", "2023-12-xi-state-visit", "2024-03-australia-comprehensive-partnership",
             "2024-08-to-lam-beijing", "2024-09-paracels-fishermen", "2024-10-france-comprehensive-partnership", "2025-04-xi-state-visit"],
            after);
    }

    [Theory]
    [InlineData("2023-04-15", false)]
    [InlineData("2023-04-16", true)]
    [InlineData("2023", false)]
    [InlineData("2024", true)]
    [InlineData("2014–2019", false)]
    [InlineData("2024–2025", true)]
    [InlineData("hypothetical", false)]
    [InlineData(null, false)]
    public void IsAfterTheArticle_ReadsTheStartOfTheDate(string? date, bool expected)
    {
        var scenario = new Scenario { Relation = new() { Level = RelationLevel.Stable }, Date = date };

        Assert.Equal(expected, HistoricalScenarios.IsAfterTheArticle(scenario));
    }

    [Fact]
    public void Ids_AreUniqueAndChronological()
    {
        var ids = HistoricalScenarios.All.Select(s => s.Id!).ToArray();

        Assert.Equal(ids.Length, ids.Distinct().Count());
        Assert.Equal("future-sharp-deterioration", ids[^1]);
        var dated = HistoricalScenarios.All.SkipLast(1).Select(s => s.Date!).ToArray();
        Assert.Equal(dated.Order(StringComparer.Ordinal), dated);
        Assert.All(HistoricalScenarios.All, s => Assert.NotEmpty(s.Sources));
    }
}
