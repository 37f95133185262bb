using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests;

public class AllianceAssessorTests
{
    [Fact]
    public void Responses_OnePerOffer_InStableOrder()
    {
        var scenario = Build.WithPatrons(
            Build.HostileAfterFailedSettlement,
            Build.Aid("Sea Patron", OfferKind.MilitaryAid, 1m),
            Build.Aid("Sea Patron", OfferKind.EconomicAid, 2m),
            Build.Offer("Land Patron", OfferKind.BaseAccess));

        var responses = TestEngine.Assess(scenario).Responses;

        // Sorted by power, then in the order the scenario makes the offers; each justification matches its own offer.
        // (Two offers of one kind from one power are refused, decision D34.)
        Assert.Equal(["Land Patron", "Sea Patron", "Sea Patron"], responses.Select(r => r.From));
        Assert.Equal([OfferKind.BaseAccess, OfferKind.MilitaryAid, OfferKind.EconomicAid], responses.Select(r => r.Kind));
        Assert.Contains("US$1 a year", Assert.Single(responses[1].Because).Matched[^1].Text, StringComparison.Ordinal);
        Assert.Contains("US$2 a year", Assert.Single(responses[2].Because).Matched[^1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AssessMany_BuiltIns_InOrder_SameAsAssessEach()
    {
        var expected = HistoricalScenarios.All.Select(s => AssessmentJson.Serialize(TestEngine.Assess(s)));

        var actual = TestEngine.Assessor.AssessMany(HistoricalScenarios.All).Select(AssessmentJson.Serialize);

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Assess_InterpretRules_SameAsCompiled_EveryBuiltInAndTablePoint()
    {
        var interpreted = new AllianceAssessor(new AllianceRulesOptions { InterpretRules = true });
        var points = AllianceRules.Theory.DecisionTable.InputSpace().Where((_, i) => i % 41 == 0).Select(p => p.Scenario);

        foreach (var scenario in HistoricalScenarios.All.Concat(points))
        {
            Assert.Equal(AssessmentJson.Serialize(TestEngine.Assess(scenario)), AssessmentJson.Serialize(interpreted.Assess(scenario)));
        }
    }

    [Fact]
    public void AssessMany_InvalidScenario_RaisedWhenReached_AfterTheOnesBefore()
    {
        var invalid = HistoricalScenarios.All[0] with { Offers = [new GreatPowerOffer { From = "Nobody", Kind = OfferKind.BaseAccess }] };
        var assessed = new List<Assessment>();

        var ex = Assert.Throws<ScenarioValidationException>(() =>
        {
            foreach (var assessment in TestEngine.Assessor.AssessMany([HistoricalScenarios.All[1], invalid, HistoricalScenarios.All[2]]))
            {
                assessed.Add(assessment);
            }
        });

        Assert.Single(assessed);
        Assert.Equal("$.offers[0].from", ex.Errors[0].Path);
    }

    [Fact]
    public void AssessMany_Null_IsRefusedAtOnce()
    {
        Assert.Throws<ArgumentNullException>(() => TestEngine.Assessor.AssessMany(null!));
    }

    [Fact]
    public void New_UnknownClaimOrRule_IsRefusedWithTheNearestNames()
    {
        var options = new AllianceRulesOptions();
        options.DisabledClaims.Add("C99");
        options.DisabledRules.Add("Posture.BandwagonWhenRelationsGood");

        var ex = Assert.Throws<ArgumentException>(() => new AllianceAssessor(options));

        Assert.Equal("options", ex.ParamName);
        Assert.Contains("disabled claim 'C99' is neither a claim of the article nor one that an added rule carries (did you mean C09, C19 or C29?); the claims are C01–C56", ex.Message, StringComparison.Ordinal);
        Assert.Contains("disabled rule 'Posture.BandwagonWhenRelationsGood' is not a rule of the rulebook (did you mean Posture.BandwagonWhenRelationsGoodOrStable?)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AnAddedRulesClaim_IsKnown()
    {
        var options = new AllianceRulesOptions();
        new Amendment.ReassuranceAmendment().Apply(options);
        options.DisabledClaims.Add("X01");
        options.DisabledClaims.Add("C27");

        Assert.Empty(options.Validate());
    }

    [Fact]
    public void Validate_AClaimInTheWrongCase_SuggestsItselfFirst()
    {
        var options = new AllianceRulesOptions();
        options.DisabledClaims.Add("c15");

        Assert.StartsWith("disabled claim 'c15' is neither a claim of the article nor one that an added rule carries (did you mean C15, ", Assert.Single(options.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_NullConclusion_NamesTheParameter()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => TestEngine.Assessor.Explain(HistoricalScenarios.All[0], null!));

        Assert.Equal("conclusion", ex.ParamName);
    }

    [Fact]
    public void Validate_AClaimNoRuleCarries_IsRefused_NotIgnored()
    {
        // The CLI refused it (--disable-claim C10); the library took it and changed nothing.
        var options = new AllianceRulesOptions();
        options.DisabledClaims.Add("C10");

        Assert.Equal(["disabled claim 'C10' is carried by no rule, so switching it off changes nothing (docs/claims.md lists the rules of each claim)"], options.Validate());
    }

    [Fact]
    public void Validate_AnAmendmentsClaim_WithoutItsRules_IsUnknown()
    {
        var options = new AllianceRulesOptions();
        options.DisabledClaims.Add("X01");

        Assert.Equal(["disabled claim 'X01' is neither a claim of the article nor one that an added rule carries (did you mean C01?); the claims are C01–C56"], options.Validate());
    }
}
