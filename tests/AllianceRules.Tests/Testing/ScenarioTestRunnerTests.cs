using AllianceRules.Conclusions;
using AllianceRules.Testing;

namespace AllianceRules.Tests.Testing;

public class ScenarioTestRunnerTests
{
    private static readonly ScenarioTestRunner Runner = new();

    private static ScenarioTestResult RunOne(string testCase) =>
        Runner.Run(Assert.Single(ScenarioTestJson.Parse($$"""{ "cases": [ {{testCase}} ] }""", "t.test.json")));

    [Fact]
    public void Run_ExpectationsThatHold_Passes()
    {
        var result = RunOne("""
            { "name": "c", "builtin": "future-sharp-deterioration",
              "expect": { "posture": "Balance", "commitments[United States]": "not credible", "risks[AloneAtSea]": "(none)" },
              "contains": { "risks": ["LandPunishment,United States"] },
              "exactly": { "commitments[United States].gaps": ["NoTripwireTroops", "NoLandProtection", "ResolveNotDemonstrated", "AidBelowBenchmark", "PoliticalSystemNotAffirmed"] } }
            """);

        Assert.True(result.Passed);
        Assert.Empty(result.Failures);
        Assert.NotNull(result.Assessment);
        Assert.Contains("Commitment.NoLandProtectionGap", result.RulesFired);
    }

    [Fact]
    public void Run_WrongValue_NamesKeyExpectedActualAndTheRulesAndClaimsBehindIt()
    {
        var result = RunOne("""{ "name": "c", "builtin": "2021-harris-visit", "expect": { "responses[United States,PartnershipUpgrade]": "Accept" } }""");

        Assert.False(result.Passed);
        var failure = Assert.Single(result.Failures);
        Assert.Equal("responses[United States,PartnershipUpgrade]", failure.Expectation.Subject);
        Assert.Equal(("\"Accept\"", "\"Reject\""), (failure.Expected, failure.Actual));
        var drawn = Assert.Single(failure.Drawn);
        Assert.Equal(["Offers.RejectPartnershipUpgradeWhileBandwagoning"], drawn.Rules);
        Assert.Equal(["C04", "C15", "C17"], drawn.Claims);
    }

    [Fact]
    public void Run_ValueNotDrawn_ActualIsNoneAndNothingDrewIt()
    {
        var failure = Assert.Single(RunOne("""{ "name": "c", "builtin": "2021-harris-visit", "expect": { "risks[AloneAtSea]": "present" } }""").Failures);

        Assert.Equal("\"(none)\"", failure.Actual);
        Assert.Empty(failure.Drawn);
    }

    [Fact]
    public void Run_ExactlyWithExtraAndMissingItems_ListsBoth()
    {
        var failure = Assert.Single(RunOne("""{ "name": "c", "builtin": "2021-harris-visit", "exactly": { "risks": ["AloneAtSea", "ChineseSuspicion,United States"] } }""").Failures);

        Assert.Equal("[\"AloneAtSea\", \"ChineseSuspicion,United States\"]", failure.Expected);
        Assert.Equal("[\"ChineseSuspicion,United States\", \"RaisedExpectations,United States\"]", failure.Actual);
        Assert.Equal(["AloneAtSea"], failure.Missing);
        Assert.Equal(["RaisedExpectations,United States"], failure.Unexpected);
        var drawn = Assert.Single(failure.Drawn);
        Assert.Equal(ConclusionKey.Parse("risks[RaisedExpectations,United States]"), drawn.Key);
        Assert.Equal(["Risks.RaisedExpectationsFromMaritimePower"], drawn.Rules);
    }

    [Fact]
    public void Run_ContainsMissingItem_ShowsWhatWasDrawnInstead()
    {
        var failure = Assert.Single(RunOne("""{ "name": "c", "builtin": "1978-soviet-alliance", "contains": { "needs[Soviet Union]": ["TripwireTroops"] } }""").Failures);

        Assert.Equal(["TripwireTroops"], failure.Missing);
        Assert.Empty(failure.Unexpected);
        Assert.Equal(5, failure.Drawn.Count);
    }

    [Fact]
    public void Run_SwitchedOffClaim_AssessesWithoutItsRules()
    {
        var result = RunOne("""{ "name": "c", "builtin": "2021-harris-visit", "disabledClaims": ["C15"], "expect": { "responses[United States,PartnershipUpgrade]": "NoClaim" } }""");

        Assert.True(result.Passed);
        Assert.DoesNotContain("Offers.RejectPartnershipUpgradeWhileBandwagoning", result.RulesFired);
    }

    [Fact]
    public void Run_RuleSetDrawsNoPosture_FailsWithTheRulebookError()
    {
        var result = RunOne("""{ "name": "c", "builtin": "1991-normalization", "disabledClaims": ["C27"], "expect": { "posture": "Accommodate" } }""");

        Assert.False(result.Passed);
        Assert.Null(result.Assessment);
        Assert.StartsWith("the rules drew no assessment: the rulebook drew no posture", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_AmendedRulebook_AppliesToEveryCase()
    {
        var options = new AllianceRulesOptions();
        options.DisabledRules.Add("Offers.RejectPartnershipUpgradeWhileBandwagoning");
        var test = Assert.Single(ScenarioTestJson.Parse(
            """{ "cases": [ { "name": "c", "builtin": "2021-harris-visit", "expect": { "responses[United States,PartnershipUpgrade]": "Reject" } } ] }""", "t.test.json"));

        var run = new ScenarioTestRunner(options).Run([test]);

        Assert.Equal((0, 1), (run.Passed, run.Failed));
        Assert.Equal(Support.TestEngine.Assessor.Rules.Count - 1, run.Coverage.Rules);
    }

    [Fact]
    public void Run_Coverage_CountsRulesThatOnlyBlockOthers()
    {
        // A land-and-sea treaty from a patron that borders the neighbour: GuaranteeProtectsLand
        // fires, and one of its effects is that NoLandProtectionGap does not, which no conclusion's
        // justification shows. Coverage counts the rules that fire, whatever their effect.
        var run = Runner.Run(ScenarioTestJson.Parse(
            """{ "cases": [ { "name": "c", "builtin": "1978-soviet-alliance", "expect": { "commitments[Soviet Union]": "credible" } } ] }""", "t.test.json"));

        Assert.Contains("Geography.GuaranteeProtectsLand", run.Coverage.RulesFired);
        Assert.Contains("Posture.AccommodateWhenCapablePatronLost", run.Coverage.RulesNotFired);
        Assert.Equal(run.Coverage.Rules, run.Coverage.RulesFired.Count + run.Coverage.RulesNotFired.Count);
        Assert.Equal(100.0 * run.Coverage.RulesFired.Count / run.Coverage.Rules, run.Coverage.RulePercent);
        Assert.DoesNotContain("C27", run.Coverage.ClaimsExercised);
        Assert.Contains("C27", run.Coverage.ClaimsNotExercised);
    }
}
