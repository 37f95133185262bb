using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>What the article says of each built-in episode, stated as assertions on the assessment.</summary>
public class HistoricalScenariosTests
{
    private static Assessment Assess(string id) => TestEngine.Assess(HistoricalScenarios.Find(id)!);

    private static ResponseFinding Response(Assessment assessment, OfferKind kind) => Assert.Single(assessment.Responses, r => r.Kind == kind);

    [Fact]
    public void Episode1975_BaseAccessRejected()
    {
        var assessment = Assess("1975-soviet-port-request");

        Assert.Equal(Posture.Bandwagon, assessment.Posture.Value);
        Assert.Equal(Decision.Reject, Response(assessment, OfferKind.BaseAccess).Decision);
    }

    [Fact]
    public void Episode1977_TreatyDeferredWhileSeekingSettlement()
    {
        var assessment = Assess("1977-settlement-attempt");

        Assert.Equal(Posture.SeekSettlement, assessment.Posture.Value);
        Assert.Equal(Decision.Defer, Response(assessment, OfferKind.AllianceTreaty).Decision);
    }

    [Fact]
    public void Episode1978_BalanceTreatyAcceptedCredibleSovietCommitment()
    {
        var assessment = Assess("1978-soviet-alliance");

        Assert.Equal(Posture.Balance, assessment.Posture.Value);
        Assert.Equal(Decision.Accept, Response(assessment, OfferKind.AllianceTreaty).Decision);
        var commitment = Assert.Single(assessment.Commitments);
        Assert.Equal(ActorProfiles.SovietUnionName, commitment.Power);
        Assert.True(commitment.Credible);
        Assert.Equal(AllianceOutlook.Likely, Assert.Single(assessment.Outlook).Alliance);
    }

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
    public void Episode1988_AloneAtSea()
    {
        Assert.Contains(Assess("1988-johnson-south-reef").Risks, r => r.Risk == Risk.AloneAtSea);
    }

    [Fact]
    public void Episode1991_Accommodate()
    {
        Assert.Equal(Posture.Accommodate, Assess("1991-normalization").Posture.Value);
    }

    [Fact]
    public void Episode2021_UpgradeArousesChineseSuspicion()
    {
        // The answer to the upgrade is pinned with every other conclusion in 2021-harris-visit.conclusions.snap.
        var assessment = Assess("2021-harris-visit");

        Assert.Contains(assessment.Risks, r => r.Risk == Risk.ChineseSuspicion && r.Power == ActorProfiles.UnitedStatesName);
    }

    [Fact]
    public void Episode2023September_RecordsTheUpgradeAcceptedInStableTimes()
    {
        var scenario = HistoricalScenarios.Find("2023-09-us-comprehensive-partnership")!;

        Assert.Equal(RelationLevel.Stable, scenario.Relation.Level);
        Assert.Same(ActorProfiles.UnitedStates, Assert.Single(scenario.Powers));
        Assert.Equal(Posture.Bandwagon, scenario.Observed!.Posture);
        var observed = Assert.Single(scenario.Observed.Responses);
        Assert.Equal((ActorProfiles.UnitedStatesName, OfferKind.PartnershipUpgrade, Decision.Accept), (observed.From, observed.Kind, observed.Decision));
        Assert.Equal(["C04", "C12", "C15"], scenario.Claims);
    }

    [Fact]
    public void Episode2024_FishermenBeaten_AloneAtSeaWithNoOffer()
    {
        var scenario = HistoricalScenarios.Find("2024-09-paracels-fishermen")!;
        var assessment = TestEngine.Assess(scenario);

        Assert.Empty(scenario.Offers);
        Assert.Same(ActorProfiles.UnitedStates, Assert.Single(scenario.Powers));
        var coercion = Assert.Single(scenario.Coercion);
        Assert.Equal((Domain.Sea, 2024), (coercion.Domain, coercion.Year));
        Assert.Equal(Posture.Bandwagon, assessment.Posture.Value);
        Assert.Contains(assessment.Risks, r => r.Risk == Risk.AloneAtSea);
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

        Assert.Equal(["2023-09-us-comprehensive-partnership", "2024-09-paracels-fishermen"], after);
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
    public void SharpDeterioration_BalanceWithSeaOnlyRisksAndLandGaps()
    {
        var assessment = Assess("future-sharp-deterioration");

        Assert.Equal(Posture.Balance, assessment.Posture.Value);
        var risks = assessment.Risks.Select(r => r.Risk).ToArray();
        Assert.Contains(Risk.LandPunishment, risks);
        Assert.Contains(Risk.DisputeWidening, risks);
        Assert.Contains(Risk.BorderTest, risks);
        var commitment = Assert.Single(assessment.Commitments);
        Assert.False(commitment.Credible);
        Assert.Contains(commitment.Gaps, g => g.Gap == Gap.NoLandProtection);
        Assert.Contains(commitment.Gaps, g => g.Gap == Gap.NoTripwireTroops);
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
