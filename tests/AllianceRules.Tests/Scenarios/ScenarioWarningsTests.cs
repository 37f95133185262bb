using System.Text.RegularExpressions;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>Valid but odd input (issue 27, item 6): a warning with its ID and path, in every format, and never a changed conclusion.</summary>
public class ScenarioWarningsTests
{
    private const string Border = """{ "kind": "LandBorder", "between": ["Vietnam", "China"] }""";

    public static TheoryData<string, string, string, string> Odd => new()
    {
        {
            "W01", "$.relation.settlementFailed",
            """{ "relation": { "level": "Good", "settlementFailed": true } }""",
            """{ "relation": { "level": "Good" } }"""
        },
        {
            "W02", "$.offers[0]",
            $$"""{ "relation": { "level": "Hostile", "settlementFailed": true }, "powers": [ { "name": "P", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed", "capable": false } ], "geography": [ {{Border}} ], "offers": [ { "from": "P", "kind": "EconomicAid" } ] }""",
            null!
        },
        {
            "W03", "$.offers[0].domains",
            $$"""{ "relation": { "level": "Hostile", "settlementFailed": true }, "powers": [ { "name": "P", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": true, "politicalSystem": "Affirmed" } ], "geography": [ {{Border}} ], "offers": [ { "from": "P", "kind": "SecurityGuarantee", "domains": ["Land", "Sea"] } ] }""",
            $$"""{ "relation": { "level": "Hostile", "settlementFailed": true }, "powers": [ { "name": "P", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": true, "politicalSystem": "Affirmed" } ], "geography": [ {{Border}} ], "offers": [ { "from": "P", "kind": "SecurityGuarantee", "domains": ["Sea"] } ] }"""
        },
    };

    [Theory]
    [MemberData(nameof(Odd))]
    public void OddInput_IsWarnedOf_InEveryFormat_AndChangesNoConclusion(string id, string path, string odd, string? plain)
    {
        var assessment = TestEngine.Assess(ScenarioJson.Parse(odd).Value);

        var warning = Assert.Single(assessment.Warnings);
        Assert.Equal((id, path), (warning.Id, warning.Path));
        Assert.Contains($"  {id} {path}: ", TextReport.Render(assessment), StringComparison.Ordinal);
        Assert.Contains($"- {id} `{path}`: ", MarkdownReport.Render(assessment), StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{id}\"", AssessmentJson.Serialize(assessment), StringComparison.Ordinal);
        if (plain is not null)
        {
            var without = TestEngine.Assess(ScenarioJson.Parse(plain).Value);
            Assert.Empty(without.Warnings);
            Assert.Equal(AllianceRules.Conclusions.ConclusionMap.Of(without).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal), AllianceRules.Conclusions.ConclusionMap.Of(assessment).OrderBy(p => p.Key.ToString(), StringComparer.Ordinal));
        }
    }

    [Fact]
    public void BuiltInEpisodes_AreNotOdd_SaveThe1991TreatyOfAPatronNoLongerCapable()
    {
        // D6 keeps the 1978 treaty on the table until 1991, when the Soviet Union is coded not capable: true, and worth a word.
        var warned = HistoricalScenarios.All.SelectMany(e => TestEngine.Assess(e).Warnings.Select(w => $"{e.Id} {w.Id} {w.Path}"));

        Assert.Equal(["1991-normalization W02 $.offers[0]"], warned);
    }

    [Fact]
    public void Docs_ListEveryWarningTheCodeGives()
    {
        var documented = Regex.Matches(File.ReadAllText(RepositoryFiles.Path("docs/scenario-format.md")), @"^\| (W\d\d) \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        var given = Regex.Matches(File.ReadAllText(RepositoryFiles.Path("src/AllianceRules/Scenarios/ScenarioWarnings.cs")), "Warn\\(\"(W\\d\\d)\"").Select(m => m.Groups[1].Value);

        Assert.Equal(given.Order(StringComparer.Ordinal), documented);
    }
}
