using AllianceRules.Backtesting;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// What a sceptic asks of the scorecard (history.md, "Changes in v3"): silence is coverage, not a
/// miss; risks are scored both ways; post-hoc matches count apart; the baselines predict the same
/// fields. Each test builds its record to fit whatever the rules draw, so a change of theory does
/// not break it; where a test needs the rulebook to be silent or to draw a risk, it says so first.
/// </summary>
public class ScorecardTests
{
    private static readonly GreatPower Regional = Power("Japan", extraRegional: false);

    /// <summary>A regional power's upgrade in stable times: the rulebook speaks only of candidate patrons' offers.</summary>
    private static Scenario RegionalUpgrade(Decision observed) => Scenario(Stable, Regional) with
    {
        Id = "regional-upgrade",
        Date = "2023-11-27",
        Offers = [Offer("Japan", OfferKind.PartnershipUpgrade)],
        Observed = new() { Responses = [new() { From = "Japan", Kind = OfferKind.PartnershipUpgrade, Decision = observed }] },
    };

    [Fact]
    public void Backtest_OnlyFieldIsANoClaimResponse_IsAnAbstentionNotAMiss()
    {
        var scenario = RegionalUpgrade(Decision.Accept);
        var assessment = TestEngine.Assess(scenario);
        Assert.Equal(Decision.NoClaim, Assert.Single(assessment.Responses).Decision);

        var backtest = assessment.Backtest!;
        var comparison = Assert.Single(backtest.Comparisons);

        Assert.Equal(FieldResult.Abstention, comparison.Result);
        Assert.Equal("NoClaim", comparison.Predicted);
        Assert.Empty(backtest.Misses);
        Assert.False(backtest.Matches);
        Assert.True(backtest.AbstainsOnEveryField);
        Assert.Equal(["responses[Japan,PartnershipUpgrade].decision"], backtest.Abstentions);

        var set = Scorecard.Build([scenario], TestEngine.Assess).Sets[1];
        Assert.Equal(new Tally(1, 0, 0, 1, 0), set.Theory);
        Assert.Equal(0, set.Theory.Speaks);
        Assert.True(Assert.Single(set.Episodes).Abstains);
        Assert.Equal(0, Scorecard.Build([scenario], TestEngine.Assess).Misses);
    }

    [Fact]
    public void Backtest_AbsentRiskTheRulebookPredicts_IsAMiss_AFalseAlarm()
    {
        var (episode, drawn) = HistoricalScenarios.All
            .Select(s => (Scenario: s, Assessment: TestEngine.Assess(s)))
            .Where(p => p.Assessment.Risks.Count > 0)
            .Select(p => (p.Scenario, Risk: p.Assessment.Risks[0]))
            .First();
        var scenario = episode with
        {
            Observed = new() { Risks = [new() { Risk = drawn.Risk, Status = RiskStatus.Absent, Evidence = "a source shows it did not happen" }] },
        };

        var backtest = TestEngine.Assess(scenario).Backtest!;

        var miss = Assert.Single(backtest.Misses);
        Assert.Equal(($"risks[{drawn.Risk}]", "present", "absent"), (miss.Field, miss.Predicted, miss.Observed));
        Assert.Contains(drawn.Because[0].Rule, miss.Rules);
        Assert.False(backtest.Matches);
    }

    [Fact]
    public void Backtest_AbsentRiskTheRulebookDoesNotPredict_IsAMatch()
    {
        var scenario = RegionalUpgrade(Decision.Accept);
        var notDrawn = Enum.GetValues<Risk>().First(r => TestEngine.Assess(scenario).Risks.All(f => f.Risk != r));
        scenario = scenario with
        {
            Observed = scenario.Observed! with { Risks = [new() { Risk = notDrawn, Status = RiskStatus.Absent, Evidence = "reported calm" }] },
        };

        var comparison = TestEngine.Assess(scenario).Backtest!.Comparisons.Single(c => c.Field == $"risks[{notDrawn}]");

        Assert.Equal(("absent", "absent", FieldResult.Match), (comparison.Predicted, comparison.Observed, comparison.Result));
    }

    [Fact]
    public void Scorecard_PostHocMatch_IsCountedApart_AndSaidInEveryFormat()
    {
        var episode = HistoricalScenarios.Find("1975-soviet-port-request")!;
        var posture = TestEngine.Assess(episode).Posture.Value;
        var mark = new PostHocMark { Field = "posture", Rulebook = "9.9.9", Change = "a change made after the miss was seen" };
        var scenario = episode with { Observed = episode.Observed! with { Posture = posture, PostHoc = [mark] } };

        var scorecard = Scorecard.Build([scenario], TestEngine.Assess);

        var field = Assert.Single(scorecard.Sets[0].Episodes).Fields.Single(f => f.Theory.Field == "posture");
        Assert.True(field.Theory.MatchesPostHoc);
        Assert.Equal(mark, field.Theory.PostHoc);
        Assert.Equal(1, scorecard.Sets[0].Theory.PostHocMatches);
        Assert.Contains("1 of them post hoc", ScorecardReport.Headline(scorecard), StringComparison.Ordinal);
        Assert.Contains("post hoc: posture matches since rulebook 9.9.9 (a change made after the miss was seen)", ScorecardReport.RenderText(scorecard), StringComparison.Ordinal);
        Assert.Contains("match, post hoc (9.9.9: a change made after the miss was seen)", ScorecardReport.RenderMarkdown(scorecard), StringComparison.Ordinal);
        Assert.Contains("\"postHocMatches\": 1", ScorecardReport.RenderJson(scorecard), StringComparison.Ordinal);
    }

    [Fact]
    public void Scorecard_Baselines_PredictTheSameFields_AsDefined()
    {
        // Three records before the article and one after; the baselines never look at the rules.
        Scenario Recorded(string id, string date, Posture posture, Decision upgrade, RiskStatus? alone = null) => Scenario(Stable, Power("P")) with
        {
            Id = id,
            Date = date,
            Offers = [Offer("P", OfferKind.PartnershipUpgrade), Offer("P", OfferKind.EconomicAid)],
            Observed = new()
            {
                Posture = posture,
                Responses =
                [
                    new() { From = "P", Kind = OfferKind.PartnershipUpgrade, Decision = upgrade },
                    new() { From = "P", Kind = OfferKind.EconomicAid, Decision = Decision.Accept },
                ],
                Risks = alone is { } status ? [new() { Risk = Risk.AloneAtSea, Status = status, Evidence = "the record" }] : [],
            },
        };

        var scorecard = Scorecard.Build(
            [
                Recorded("a", "2001", Posture.Balance, Decision.Accept),
                Recorded("b", "2002", Posture.Balance, Decision.Reject, RiskStatus.Present),
                Recorded("c", "2003", Posture.Bandwagon, Decision.Defer, RiskStatus.Present),
                Recorded("d", "2024", Posture.Bandwagon, Decision.Accept, RiskStatus.Absent),
            ],
            TestEngine.Assess);

        string Calls(string episode, string field) => string.Join(" | ", scorecard.Sets.SelectMany(s => s.Episodes).Single(e => e.Scenario == episode)
            .Fields.Single(f => f.Theory.Field == field).Baselines.Select(c => $"{c.Predicted} {c.Result}"));

        // Status quo, persistence (the same field, last observed), base rate (the evidence's mode; a tie is silent).
        Assert.Equal("Bandwagon Miss | (silent) Abstention | Balance Match", Calls("a", "posture"));
        Assert.Equal("Bandwagon Match | Balance Miss | Balance Miss", Calls("c", "posture"));
        Assert.Equal("Reject Miss | Defer Miss | (silent) Abstention", Calls("d", "responses[P,PartnershipUpgrade].decision"));
        Assert.Equal("(silent) Abstention | Accept Match | Accept Match", Calls("d", "responses[P,EconomicAid].decision"));
        Assert.Equal("absent Miss | (silent) Abstention | present Match", Calls("b", "risks[AloneAtSea]"));
        Assert.Equal("absent Match | present Miss | present Miss", Calls("d", "risks[AloneAtSea]"));

        var after = scorecard.Sets[1];
        Assert.Equal(4, after.Theory.Fields);
        Assert.Equal(
            [new Tally(4, 2, 1, 1, 0), new Tally(4, 2, 2, 0, 0), new Tally(4, 1, 2, 1, 0)],
            after.Baselines.Select(b => b.Score));
        Assert.Equal(Baseline.StatusQuo, after.BestBaseline!.Baseline);
    }

    [Fact]
    public void Validate_AbsentRiskWithoutEvidence_PostHocOnAFieldNotRecorded_UnknownCodingDecision_AreRefusedWithTheirPaths()
    {
        var scenario = RegionalUpgrade(Decision.Accept) with
        {
            CodingDecisions = ["D6", "D999"],
        };
        scenario = scenario with
        {
            Observed = scenario.Observed! with
            {
                Risks =
                [
                    new() { Risk = Risk.AloneAtSea, Status = RiskStatus.Absent },
                    new() { Risk = Risk.AloneAtSea, Status = RiskStatus.Present },
                ],
                PostHoc = [new() { Field = "posture", Rulebook = "3.0.0", Change = "change 2" }],
            },
        };

        Assert.Equal(
            [
                "$.observed.risks[0].evidence: is required for an Absent risk: absent is recorded only where a source shows the risk did not happen (docs/codebook.md)",
                "$.observed.risks[1].risk: AloneAtSea is already recorded at $.observed.risks[0]",
                "$.observed.postHoc[0].field: 'posture' is not a field of this record (the record holds responses[Japan,PartnershipUpgrade].decision, risks[AloneAtSea])",
                "$.codingDecisions[1]: 'D999' is not a decision of the catalogue (docs/decisions.md)",
            ],
            ScenarioValidator.Validate(scenario).Select(e => e.ToString()));
    }

    [Fact]
    public void Parse_RiskAsABareName_IsRefusedWithItsPath()
    {
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(
            """{ "relation": { "level": "Stable" }, "observed": { "risks": ["AloneAtSea"] } }"""));

        Assert.Equal("$.observed.risks[0]: must be an object, not a string", Assert.Single(error.Errors).ToString());
    }
}
