using AllianceRules.Scenarios;
namespace AllianceRules.Tests.Scenarios;

/// <summary>Bad input gets every problem listed, each with its JSON path.</summary>
public class ScenarioValidationTests
{
    private const string Power = """{ "name": "Soviet Union", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" }""";

    private static string[] ErrorsOf(string json) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors.Select(e => e.ToString()).ToArray();

    [Theory]
    [InlineData("", "$: the input is empty; a scenario is a JSON object with at least a 'relation'")]
    [InlineData("   \n ", "$: the input is empty; a scenario is a JSON object with at least a 'relation'")]
    [InlineData("{", "$: not valid JSON at line 1, byte 2: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData("[]", "$: must be an object, not an array")]
    [InlineData("null", "$: must not be null (omit the property instead)")]
    [InlineData("{}", "$.relation: is required")]
    [InlineData("""{ "relation": { "level": "Hostil" } }""", "$.relation.level: 'Hostil' is not one of Good, Stable, Strained, Hostile")]
    [InlineData("""{ "relation": { "level": "hostile" } }""", "$.relation.level: 'hostile' is not one of Good, Stable, Strained, Hostile")]
    [InlineData("""{ "relation": { "level": 3 } }""", "$.relation.level: must be one of Good, Stable, Strained, Hostile (a string), not a number")]
    [InlineData("""{ "relation": { "level": "Good", "settlementFailed": "yes" } }""", "$.relation.settlementFailed: must be true or false, not a string")]
    [InlineData("""{ "relation": { "level": "Good" }, "powers": null }""", "$.powers: must not be null (omit the property instead)")]
    [InlineData("""{ "relation": { "level": "Good" }, "powers": {} }""", "$.powers: must be an array, not an object")]
    [InlineData("""{ "relation": { "level": "Good" }, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 2014.5 } ] }""", "$.coercion[0].year: must be a whole number, not 2014.5")]
    [InlineData("""{ "relation": { "level": "Good" }, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 3e9 } ] }""", "$.coercion[0].year: must be a whole number, not 3e9")]
    [InlineData("""{ "relation": { "level": "Good" }, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 2.0145e3 } ] }""", "$.coercion[0].year: must be a whole number, not 2.0145e3")]
    [InlineData("""{ "relation": { "level": "Good" }, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 2014.00000000000000000000000001 } ] }""", "$.coercion[0].year: must be a whole number, not 2014.00000000000000000000000001")]
    [InlineData("""{ "relation": { "level": "Good", "level": "Bad" } }""", "$.relation.level: is given twice")]
    [InlineData("""{ "relation": { "level": "Good" }, "roles": { "hedgingState": "A", "neighbour": "A" } }""", "$.roles.neighbour: 'A' cannot be both the hedging state and the neighbour")]
    public void Parse_OneProblem_NamesItsPath(string json, string expected)
    {
        Assert.Equal([expected], ErrorsOf(json));
    }

    /// <summary>The schema's <c>integer</c> takes a whole number written with a fraction or an exponent, and so does the reader: one value, not altered.</summary>
    [Theory]
    [InlineData("2014")]
    [InlineData("2014.0")]
    [InlineData("2.014e3")]
    [InlineData("201400e-2")]
    public void Parse_WholeNumberWrittenAnyWay_IsThatNumber(string year)
    {
        var scenario = ScenarioJson.Parse($$"""{ "relation": { "level": "Good" }, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": {{year}} } ] }""");

        Assert.Equal(2014, Assert.Single(scenario.Value.Coercion).Year);
    }

    [Fact]
    public void Parse_ManyShapeProblems_ListsThemAll()
    {
        var errors = ErrorsOf("""
            { "relation": { "level": "Hostil", "settlementFailed": "yes" },
              "powers": [ { "name": "X", "extraRegional": true } ],
              "foo": 1 }
            """);

        Assert.Equal(
            [
                "$.relation.level: 'Hostil' is not one of Good, Stable, Strained, Hostile",
                "$.relation.settlementFailed: must be true or false, not a string",
                "$.powers[0].stance: is required",
                "$.powers[0].resolve: is required",
                "$.powers[0].avoidsLandWar: is required",
                "$.powers[0].politicalSystem: is required",
                "$.foo: unknown property (expected one of: $schema, id, title, date, roles, relation, powers, geography, offers, coercion, observed, claims, codingDecisions, notes, sources)",
            ],
            errors);
    }

    [Fact]
    public void Parse_ManyMeaningProblems_ListsThemAll()
    {
        var errors = ErrorsOf($$"""
            { "relation": { "level": "Hostile", "settlementFailed": true },
              "powers": [ {{Power}}, {{Power}} ],
              "geography": [ { "kind": "LandBorder", "between": ["Vietnam", "Vietnam"] },
                             { "kind": "LandBorder", "between": ["Japan", "China"] },
                             { "kind": "Overseas", "subject": "China" } ],
              "offers": [ { "from": "Soviet Union", "kind": "AllianceTreaty" },
                          { "from": "Japan", "kind": "BaseAccess" },
                          { "from": "Soviet Union", "kind": "EconomicAid", "domains": ["Sea"], "annualUsd": -1, "shareOfGdp": 10 },
                          { "from": "Soviet Union", "kind": "TroopStationing", "domains": ["Sea", "Sea"] },
                          { "from": "Soviet Union", "kind": "ArmsSales", "annualUsd": 5 },
                          { "from": "Soviet Union", "kind": "ArmsSales", "annualUsd": 5 } ],
              "coercion": [ { "domain": "Land", "kind": " ", "year": 79 } ],
              "observed": { "responses": [ { "from": "Soviet Union", "kind": "BaseAccess", "decision": "Accept" } ] } }
            """);

        Assert.Equal(
            [
                "$.powers[1].name: 'Soviet Union' is already declared at $.powers[0]",
                "$.geography[0].between: a land border joins two different actors, not 'Vietnam' with itself",
                "$.geography[1].between[0]: 'Japan' is not a declared actor (the hedging state, the neighbour or a great power)",
                "$.geography[2].subject: 'China' is not a declared great power",
                "$.offers[0].domains: AllianceTreaty must list the domains it covers (Land, Sea)",
                "$.offers[1].from: 'Japan' is not a declared great power",
                "$.offers[2].domains: EconomicAid covers no domain: omit domains",
                "$.offers[2].annualUsd: must be between 0 and 10000000000000 US dollars a year, not -1",
                "$.offers[2].shareOfGdp: is a fraction of GDP between 0 and 1 (0.1 is 10%), not 10",
                "$.offers[3].domains: lists a domain twice",
                "$.offers[3].domains: TroopStationing is always Land: omit domains or give [\"Land\"]",
                "$.offers[4].annualUsd: only MilitaryAid and EconomicAid state an amount, not ArmsSales",
                "$.offers[5].annualUsd: only MilitaryAid and EconomicAid state an amount, not ArmsSales",
                "$.offers[5]: repeats $.offers[4]",
                "$.coercion[0].kind: must not be empty",
                "$.coercion[0].year: must be between 1000 and 3000, not 79",
                "$.observed.responses[0]: no BaseAccess offer from 'Soviet Union' is in $.offers",
            ],
            errors);
    }

    [Fact]
    public void Parse_PowerNamedAfterARole_IsRefused()
    {
        var errors = ErrorsOf("""
            { "relation": { "level": "Good" },
              "powers": [ { "name": "China", "extraRegional": false, "stance": "Neutral", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" } ] }
            """);

        Assert.Equal(["$.powers[0].name: 'China' is the neighbour, not a great power"], errors);
    }

    [Fact]
    public void Parse_OversizeInput_IsRefusedBeforeParsing()
    {
        var json = "{ \"relation\": { \"level\": \"Good\" }, \"notes\": [\"" + new string('x', ScenarioJson.MaxInputBytes) + "\"] }";

        Assert.Equal([$"$: the input is larger than {ScenarioJson.MaxInputBytes} bytes, the most a scenario may be"], ErrorsOf(json));
    }

    [Fact]
    public void Read_OversizeStream_StopsReadingAtTheLimit()
    {
        using var stream = new MemoryStream(new byte[ScenarioJson.MaxInputBytes + 10]);

        var ex = Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Read(stream));

        Assert.StartsWith("$: the input is larger than", ex.Errors.Single().ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_InvalidScenarioBuiltInCode_ThrowsWithPaths()
    {
        var scenario = new Scenario
        {
            Relation = new() { Level = Facts.RelationLevel.Good },
            Offers = [new() { From = "Nobody", Kind = Facts.OfferKind.PartnershipUpgrade }],
        };

        var ex = Assert.Throws<ScenarioValidationException>(() => new AllianceAssessor().Assess(scenario));

        Assert.Equal("$.offers[0].from: 'Nobody' is not a declared great power", ex.Errors.Single().ToString());
        Assert.Equal("The scenario is invalid: $.offers[0].from: 'Nobody' is not a declared great power", ex.Message);
    }

    [Fact]
    public void Validate_BuiltInScenarios_AreAllValid()
    {
        Assert.All(HistoricalScenarios.All, scenario => Assert.Empty(ScenarioValidator.Validate(scenario)));
    }
}
