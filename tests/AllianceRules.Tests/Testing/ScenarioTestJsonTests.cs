using AllianceRules.Conclusions;
using AllianceRules.Testing;

namespace AllianceRules.Tests.Testing;

public class ScenarioTestJsonTests
{
    private const string SovietUnion = """{ "name": "Soviet Union", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" }""";

    private static string File(string cases) => $$"""{ "cases": [ {{cases}} ] }""";

    private static string Inline(string expectations, string offers = "[]") =>
        $$"""{ "name": "case", "scenario": { "relation": { "level": "Hostile", "settlementFailed": true }, "powers": [ {{SovietUnion}} ], "offers": {{offers}} }, {{expectations}} }""";

    private static IReadOnlyList<string> Errors(string json)
    {
        var ex = Assert.Throws<ScenarioTestFileException>(() => ScenarioTestJson.Parse(json, "my.test.json"));
        Assert.Equal("my.test.json", ex.File);
        return [.. ex.Errors.Select(e => e.ToString())];
    }

    [Fact]
    public void Parse_EveryKindOfExpectation_ReadsThemInOrder()
    {
        var tests = ScenarioTestJson.Parse(
            File(Inline(
                """
                "expect": { "posture": "Balance", "responses[Soviet Union,AllianceTreaty]": "Accept", "outlook[Soviet Union]": "(none)" },
                "contains": { "risks": ["Abandonment,Soviet Union"] },
                "exactly": { "commitments[Soviet Union].gaps": ["AidBelowBenchmark"], "needs[Soviet Union]": [] }
                """,
                """[ { "from": "Soviet Union", "kind": "AllianceTreaty", "domains": ["Land", "Sea"] } ]""")),
            "my.test.json");

        var test = Assert.Single(tests);
        Assert.Equal(("my.test.json", "case", "$.cases[0]"), (test.File, test.Name, test.Path));
        Assert.Equal(
            [
                (ExpectationKind.Value, "posture", "$.cases[0].expect.posture"),
                (ExpectationKind.Value, "responses[Soviet Union,AllianceTreaty]", "$.cases[0].expect['responses[Soviet Union,AllianceTreaty]']"),
                (ExpectationKind.Value, "outlook[Soviet Union]", "$.cases[0].expect['outlook[Soviet Union]']"),
                (ExpectationKind.Contains, "risks", "$.cases[0].contains.risks"),
                (ExpectationKind.Exactly, "commitments[Soviet Union].gaps", "$.cases[0].exactly['commitments[Soviet Union].gaps']"),
                (ExpectationKind.Exactly, "needs[Soviet Union]", "$.cases[0].exactly['needs[Soviet Union]']"),
            ],
            test.Expectations.Select(e => (e.Kind, e.Subject, e.Path)));
        Assert.Equal(ConclusionKey.Parse("outlook[Soviet Union]"), test.Expectations[2].Key);
        Assert.Equal(ConclusionMap.Absent, test.Expectations[2].Value);
        Assert.Equal([ConclusionKey.Parse("risks[Abandonment,Soviet Union]")], test.Expectations[3].Items);
        Assert.Equal([ConclusionKey.Parse("commitments[Soviet Union].gaps[AidBelowBenchmark]")], test.Expectations[4].Items);
        Assert.Empty(test.Expectations[5].Items);
    }

    [Fact]
    public void Parse_BuiltinWithSwitchedOffClaimsAndRules_ResolvesTheScenario()
    {
        var test = Assert.Single(ScenarioTestJson.Parse(
            File("""{ "name": "c", "builtin": "2021-harris-visit", "disabledClaims": ["C15", "C12"], "disabledRules": ["Outlook.UnlikelyWhileBandwagoning"], "expect": { "posture": "Bandwagon" } }"""),
            "my.test.json"));

        Assert.Equal("2021-harris-visit", test.Scenario.Id);
        Assert.Equal(["C12", "C15"], test.DisabledClaims);
        Assert.Equal(["Outlook.UnlikelyWhileBandwagoning"], test.DisabledRules);
    }

    [Fact]
    public void Read_ScenarioFile_IsRelativeToTheTestFile()
    {
        var folder = Directory.CreateTempSubdirectory("alliance-rules-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "scenarios"));
            System.IO.File.WriteAllText(Path.Combine(folder.FullName, "scenarios", "good.json"), """{ "relation": { "level": "Good" } }""");
            var path = Path.Combine(folder.FullName, "a.test.json");
            System.IO.File.WriteAllText(path, File("""{ "name": "c", "scenarioFile": "scenarios/good.json", "expect": { "posture": "Bandwagon" } }"""));

            var test = Assert.Single(ScenarioTestJson.Read(path));

            Assert.Equal(Facts.RelationLevel.Good, test.Scenario.Relation.Level);
            Assert.Equal(path, test.File);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("{", "$: not valid JSON at line 1, byte 2: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed.")]
    [InlineData(" ", "$: the file is empty; a test file is a JSON object with 'cases'")]
    [InlineData("{}", "$.cases: is required")]
    [InlineData("""{ "cases": [] }""", "$.cases: lists no case; a test file has at least one")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1977-settlement-attempt", "expect": { "posture": "Balance" }, "expected": {} } ] }""", "$.cases[0].expected: unknown property (expected one of: name, scenario, scenarioFile, builtin, disabledClaims, disabledRules, expect, contains, exactly)")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1977-settlement-attempt", "expect": { "posture": 1 } } ] }""", "$.cases[0].expect.posture: must be a string, not 1")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1977-settlement-attempt", "expect": { "posture": "Balance", "posture": "Bandwagon" } } ] }""", "$.cases[0].expect.posture: is given twice")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1977-settlement-attempt" } ] }""", "$.cases[0]: expects nothing: give 'expect', 'contains' or 'exactly'")]
    [InlineData("""{ "cases": [ { "name": "c", "expect": { "posture": "Balance" } } ] }""", "$.cases[0]: has no scenario: give 'scenario' (inline), 'scenarioFile' (a path relative to this file) or 'builtin' (an ID)")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1977-settlement-attempt", "scenarioFile": "x.json", "expect": { "posture": "Balance" } } ] }""", "$.cases[0].builtin: give one scenario: this case already has 'scenarioFile'")]
    [InlineData("""{ "cases": [ { "name": "c", "builtin": "1999", "expect": { "posture": "Balance" } } ] }""", "$.cases[0].builtin: '1999' is not a built-in scenario (see 'alliance-rules scenarios')")]
    [InlineData("""{ "cases": [ { "name": "c", "scenarioFile": "nowhere.json", "expect": { "posture": "Balance" } } ] }""", "$.cases[0].scenarioFile: 'nowhere.json': no such file (a path is relative to the test file's folder)")]
    [InlineData("""{ "cases": [ { "name": " ", "builtin": "1977-settlement-attempt", "expect": { "posture": "Balance" } } ] }""", "$.cases[0].name: must not be empty")]
    public void Parse_MalformedFile_NamesThePath(string json, string expected)
    {
        Assert.Equal(expected, Errors(json)[0]);
    }

    [Theory]
    [InlineData("""{ "posture": "Maybe" }""", "$.cases[0].expect.posture: 'Maybe' is not a value of posture: it takes 'Bandwagon', 'SeekSettlement', 'Balance', 'Accommodate'")]
    [InlineData("""{ "commitments[Soviet Union]": "yes" }""", "$.cases[0].expect['commitments[Soviet Union]']: 'yes' is not a value of commitments[Soviet Union]: it takes 'credible', 'not credible', '(none)'")]
    [InlineData("""{ "posture[Soviet Union]": "Balance" }""", "$.cases[0].expect['posture[Soviet Union]']: 'posture[Soviet Union]' is not a conclusion. A conclusion is posture, responses[From,Kind], needs[From,Need], commitments[Power], commitments[Power].gaps[Gap], risks[Risk] or risks[Risk,Power], outlook[Power] or advice[To,Advice]")]
    [InlineData("""{ "risks[Danger]": "present" }""", "$.cases[0].expect['risks[Danger]']: 'risks[Danger]' is not a conclusion: 'Danger' is not one of Risk: ChineseSuspicion, RaisedExpectations, LandPunishment, DisputeWidening, BorderTest, AloneAtSea, Abandonment")]
    [InlineData("""{ "outlook[Soviet Unoin]": "Likely" }""", "$.cases[0].expect['outlook[Soviet Unoin]']: 'Soviet Unoin' is not a great power of the scenario (it declares Soviet Union)")]
    [InlineData("""{ "responses[Soviet Union,BaseAccess]": "Accept" }""", "$.cases[0].expect['responses[Soviet Union,BaseAccess]']: the scenario has no BaseAccess offer from Soviet Union; a response is drawn for each offer")]
    public void Parse_BadValueExpectation_NamesThePath(string expect, string expected)
    {
        Assert.Equal([expected], Errors(File(Inline($"\"expect\": {expect}"))));
    }

    [Theory]
    [InlineData("contains", """{ "risks": [] }""", "$.cases[0].contains.risks: lists nothing, which every list contains; to expect that none is drawn, use 'exactly' with []")]
    [InlineData("exactly", """{ "outlook": [] }""", "$.cases[0].exactly.outlook: 'outlook' is not a list of conclusions: Outlook conclusions each have a value, so expect each by its key. A list is needs or needs[From], commitments[Power].gaps, risks, or advice or advice[To]")]
    [InlineData("exactly", """{ "risks[AloneAtSea]": [] }""", "$.cases[0].exactly['risks[AloneAtSea]']: 'risks[AloneAtSea]' is not a list of conclusions. A list is needs or needs[From], commitments[Power].gaps, risks, or advice or advice[To]")]
    [InlineData("exactly", """{ "needs[India]": [] }""", "$.cases[0].exactly['needs[India]']: 'India' is not a great power of the scenario (it declares Soviet Union)")]
    [InlineData("exactly", """{ "commitments[Soviet Union].gaps": ["NoGap"] }""", "$.cases[0].exactly['commitments[Soviet Union].gaps'][0]: 'NoGap' is not an item of commitments[Soviet Union].gaps: 'commitments[Soviet Union].gaps[NoGap]' is not a conclusion: 'NoGap' is not one of Gap: NoSecurityGuarantee, NoLandProtection, NoSeaProtection, NoTripwireTroops, AidBelowBenchmark, ResolveNotDemonstrated, PoliticalSystemNotAffirmed, ArmsSalesAloneInsufficient, NotCapable")]
    [InlineData("contains", """{ "risks": ["AloneAtSea", "AloneAtSea"] }""", "$.cases[0].contains.risks[1]: 'AloneAtSea' is given twice")]
    [InlineData("contains", """{ "risks": ["Abandonment,India"] }""", "$.cases[0].contains.risks[0]: 'India' is not a great power of the scenario (it declares Soviet Union)")]
    public void Parse_BadListExpectation_NamesThePath(string member, string lists, string expected)
    {
        Assert.Equal([expected], Errors(File(Inline($"\"{member}\": {lists}"))));
    }

    [Theory]
    [InlineData("""["C99"]""", "$.cases[0].disabledClaims[0]: 'C99' is not a claim of the article (C01–C56, docs/claims.md)")]
    [InlineData("""["C10"]""", "$.cases[0].disabledClaims[0]: C10 is carried by no rule, so switching it off changes nothing (docs/claims.md lists the rules of each claim)")]
    [InlineData("""["C15", "C15"]""", "$.cases[0].disabledClaims[1]: 'C15' is given twice")]
    public void Parse_UnknownClaim_IsRefused(string claims, string expected)
    {
        Assert.Equal([expected], Errors(File($$"""{ "name": "c", "builtin": "1978-soviet-alliance", "disabledClaims": {{claims}}, "expect": { "posture": "Balance" } }""")));
    }

    [Fact]
    public void Parse_UnknownRule_IsRefused()
    {
        Assert.Equal(
            ["$.cases[0].disabledRules[0]: 'Posture.Nothing' is not a rule of the rulebook (docs/rulebook.md lists them)"],
            Errors(File("""{ "name": "c", "builtin": "1978-soviet-alliance", "disabledRules": ["Posture.Nothing"], "expect": { "posture": "Balance" } }""")));
    }

    [Fact]
    public void Parse_InlineScenarioInvalid_PrefixesItsPaths()
    {
        var errors = Errors(File("""{ "name": "c", "scenario": { "relation": { "level": "Good" }, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }, "expect": { "posture": "Bandwagon" } }"""));

        Assert.Equal(["$.cases[0].scenario.offers[0].from: 'Japan' is not a declared great power"], errors);
    }

    [Fact]
    public void Parse_InlineScenarioMisshapen_PathIsInsideTheCase()
    {
        var errors = Errors(File("""{ "name": "c", "scenario": { "relation": { "level": "Bad" } }, "expect": { "posture": "Bandwagon" } }"""));

        Assert.Equal(["$.cases[0].scenario.relation.level: 'Bad' is not one of Good, Stable, Strained, Hostile"], errors);
    }

    [Fact]
    public void Parse_SeveralProblems_ListsEveryOneInDocumentOrder()
    {
        var errors = Errors(File(
            """
            { "name": "a", "builtin": "1978-soviet-alliance", "expect": { "posture": "Maybe" } },
            { "name": "a", "builtin": "1978-soviet-alliance", "expect": { "outlook[USSR]": "Likely" } }
            """));

        Assert.Equal(
            [
                "$.cases[0].expect.posture: 'Maybe' is not a value of posture: it takes 'Bandwagon', 'SeekSettlement', 'Balance', 'Accommodate'",
                "$.cases[1].name: 'a' is the name of an earlier case ($.cases[0]); names are unique in a file",
                "$.cases[1].expect['outlook[USSR]']: 'USSR' is not a great power of the scenario (it declares Soviet Union)",
            ],
            errors);
    }

    [Fact]
    public void Read_MissingFile_IsAnErrorOfTheFile()
    {
        var ex = Assert.Throws<ScenarioTestFileException>(() => ScenarioTestJson.Read("no/such.test.json"));

        Assert.Equal("$: no such file", Assert.Single(ex.Errors).ToString());
    }
}
