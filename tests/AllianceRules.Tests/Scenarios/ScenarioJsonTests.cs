using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Tests.Scenarios;

public class ScenarioJsonTests
{
    private const string DesignExample = """
        {
          "id": "1978-soviet-alliance", "title": "Alliance", "date": "1978-11-03",
          "relation": { "level": "Hostile", "settlementFailed": true },
          "powers": [ { "name": "Soviet Union", "extraRegional": true, "stance": "Containment",
                        "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" } ],
          "geography": [ { "kind": "LandBorder", "between": ["Vietnam", "China"] },
                         { "kind": "LandBorder", "between": ["Soviet Union", "China"] } ],
          "offers": [ { "from": "Soviet Union", "kind": "AllianceTreaty", "domains": ["Land", "Sea"] },
                      { "from": "Soviet Union", "kind": "EconomicAid", "annualUsd": 2500000000 } ],
          "coercion": [ { "domain": "Land", "kind": "Invasion", "year": 1979 } ],
          "observed": { "posture": "Balance",
                        "responses": [ { "from": "Soviet Union", "kind": "AllianceTreaty", "decision": "Accept" } ] }
        }
        """;

    [Fact]
    public void Parse_PowerWithoutCapable_IsCapable_AndCapableFalseIsKept()
    {
        var omitted = ScenarioJson.Parse(DesignExample).Value;
        var given = ScenarioJson.Parse(DesignExample.Replace("\"politicalSystem\": \"Affirmed\"", "\"politicalSystem\": \"Partial\", \"capable\": false", StringComparison.Ordinal)).Value;

        Assert.True(omitted.Powers[0].Capable);
        Assert.Equal((PoliticalSystem.Partial, false), (given.Powers[0].PoliticalSystem, given.Powers[0].Capable));
        Assert.Contains("\"capable\": false", ScenarioJson.Serialize(given), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_DesignExample_ReadsEveryFact()
    {
        var scenario = ScenarioJson.Parse(DesignExample).Value;

        Assert.Equal("1978-soviet-alliance", scenario.Id);
        Assert.Equal(new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true }, scenario.Relation);
        Assert.Equal(ActorProfiles.SovietUnion, Assert.Single(scenario.Powers));
        Assert.Equal(2, scenario.Geography.Count);
        Assert.True(scenario.Geography[1].IsLandBorderBetween("China", "Soviet Union"));
        Assert.Equal([Domain.Land, Domain.Sea], scenario.Offers[0].Domains);
        Assert.Equal(2_500_000_000m, scenario.Offers[1].AnnualUsd);
        Assert.Empty(scenario.Offers[1].Domains);
        Assert.Equal(1979, Assert.Single(scenario.Coercion).Year);
        Assert.Equal(Posture.Balance, scenario.Observed!.Posture);
        Assert.Equal(ScenarioRoles.Default, scenario.Roles);
    }

    [Fact]
    public void Parse_RelationOnly_DefaultsEverythingElseToEmpty()
    {
        var scenario = ScenarioJson.Parse("""{ "relation": { "level": "Good" } }""").Value;

        Assert.False(scenario.Relation.SettlementFailed);
        Assert.Empty(scenario.Powers);
        Assert.Empty(scenario.Offers);
        Assert.Empty(scenario.Sources);
        Assert.Null(scenario.Observed);
        Assert.Equal("Vietnam", scenario.Roles.HedgingState);
    }

    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Serialize_ThenParse_BuiltInScenario_IsLossless(string id)
    {
        var json = ScenarioJson.Serialize(HistoricalScenarios.Find(id)!);

        var again = ScenarioJson.Serialize(ScenarioJson.Parse(json).Value);

        Assert.Equal(json, again);
    }

    [Fact]
    public void Serialize_EnumsAndNames_AreTheContractSpelling()
    {
        var json = ScenarioJson.Serialize(HistoricalScenarios.Find("1978-soviet-alliance")!);

        Assert.Contains("\"level\": \"Hostile\"", json, StringComparison.Ordinal);
        Assert.Contains("\"settlementFailed\": true", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"AllianceTreaty\"", json, StringComparison.Ordinal);
        Assert.Contains("\"politicalSystem\": \"Affirmed\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("isBad", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_StringWithAnUnpairedSurrogate_IsRefusedNotReplaced()
    {
        var json = "{ \"relation\": { \"level\": \"Good\" }, \"title\": \"caf" + '\ud800' + "\" }";

        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors;

        Assert.Equal(["$: the text is not valid Unicode: an unpaired surrogate at character 49"], errors.Select(e => e.ToString()));
    }

    [Theory]
    [InlineData("""{ "\ud800abcdefghij": 1, "relation": { "level": "Good" } }""", "$: a property name is not valid Unicode")]
    [InlineData("""{ "\ud800": 1, "relation": { "level": "Good" } }""", "$: a property name is not valid Unicode")]
    [InlineData("""{ "relation": { "level": "Good", "\udc00settlement": true } }""", "$.relation: a property name is not valid Unicode")]
    [InlineData("""{ "relation": { "level": "\ud800" } }""", "$.relation.level: is not valid Unicode")]
    public void Parse_EscapedLoneSurrogateInANameOrAnEnum_IsRefusedAtItsObject(string json, string expected)
    {
        // The JSON parser lets an escaped lone surrogate through and reading it throws: these ended in
        // an internal error (the CLI's exit 70, the web service's 500) before.
        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors;

        Assert.StartsWith(expected, errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_TrailingComma_SaysSoWithoutTheParsersAdviceToItsProgrammer()
    {
        var errors = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse("""{"relation":{"level":"Good"},}""")).Errors;

        Assert.Equal("$: not valid JSON at line 1, byte 30: The JSON object contains a trailing comma at the end which is not supported in this mode.", errors[0].ToString());
    }
}
