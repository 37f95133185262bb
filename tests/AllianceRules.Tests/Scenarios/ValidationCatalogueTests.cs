using System.Text;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Scenarios;

/// <summary>
/// The validation catalogue: every way a scenario can be wrong, one entry each, with the error
/// it gets. Each entry is a test case (the library reports exactly that first error, and the
/// CLI exits 2 with it as its first line), and the table in docs/scenario-format.md is generated
/// from the same list, so the docs cannot promise an error the code does not give.
/// </summary>
public class ValidationCatalogueTests
{
    private const string DocPath = "docs/scenario-format.md";
    private const string Good = "\"relation\": { \"level\": \"Good\" }";
    private const string Bad = "\"relation\": { \"level\": \"Hostile\", \"settlementFailed\": true }";
    private const string PowerAttributes = "\"extraRegional\": true, \"stance\": \"Containment\", \"resolve\": \"Demonstrated\", \"avoidsLandWar\": false, \"politicalSystem\": \"Affirmed\"";
    private const string Power = $$"""{ "name": "P", {{PowerAttributes}} }""";

    /// <summary>Kinds of offer that need no domains or amount: 301 offers of them from 100 powers are each valid alone.</summary>
    private static readonly string[] KindsWithoutFields = ["PartnershipUpgrade", "BaseAccess", "ArmsSales", "CapacityBuilding"];

    /// <summary>One way to be wrong: its problem, an input that has it (and nothing else), and what a reader is shown of that input.</summary>
    public sealed record Entry(string Id, string Problem, byte[] Input, string Shown)
    {
        public Entry(string id, string problem, string input, string? shown = null)
            : this(id, problem, Encoding.UTF8.GetBytes(input), shown ?? $"`{input.Replace(PowerAttributes, "…", StringComparison.Ordinal)}`")
        {
        }
    }

    public static readonly Entry[] Catalogue =
    [
        new("V01", "empty input", "", "(nothing, or only white space)"),
        new("V02", "over the size limit (1 MiB), refused before parsing", "{\"id\": \"" + new string('x', ScenarioJson.MaxInputBytes) + "\"}", "(a document of more than 1,048,576 bytes)"),
        new("V03", "not valid UTF-8", [.. "{ \"id\": \"caf"u8, 0xE9, .. "\" }"u8], "`{ \"id\": \"caf` then the byte 0xE9 (a Latin-1 é)"),
        new("V04", "a string that escapes an unpaired surrogate", """{ "id": "\ud800", "relation": { "level": "Good" } }"""),
        new("V05", "not valid JSON", """{ "relation": """),
        new("V06", "nested deeper than 32", "{\"notes\": " + new string('[', 40) + new string(']', 40) + "}", "(arrays nested 40 deep)"),
        new("V07", "not an object", "[]"),
        new("V08", "a null value", """{ "relation": null }"""),
        new("V09", "an unknown property", $$"""{ {{Good}}, "threat": 1 }"""),
        new("V10", "a property given twice", """{ "relation": { "level": "Good", "level": "Stable" } }"""),
        new("V11", "the relation missing", """{ "id": "x" }"""),
        new("V12", "a required property missing", """{ "relation": { "settlementFailed": true } }"""),
        new("V13", "a value of the wrong type", """{ "relation": { "level": "Good", "settlementFailed": "yes" } }"""),
        new("V14", "an enum value given as a number", """{ "relation": { "level": 3 } }"""),
        new("V15", "an unknown enum value (names are case-sensitive)", """{ "relation": { "level": "hostile" } }"""),
        new("V16", "a fractional year", $$"""{ {{Good}}, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 2014.5 } ] }"""),
        new("V17", "the hedging state and the neighbour the same", $$"""{ {{Good}}, "roles": { "hedgingState": "A", "neighbour": "A" } }"""),
        new("V18", "a great power with an empty name", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"\"", StringComparison.Ordinal)}} ] }"""),
        new("V19", "two great powers with one name", $$"""{ {{Good}}, "powers": [ {{Power}}, {{Power}} ] }"""),
        new("V20", "a great power named as a role", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"China\"", StringComparison.Ordinal)}} ] }"""),
        new("V21", "a land border that does not join two actors", $$"""{ {{Good}}, "geography": [ { "kind": "LandBorder", "between": ["Vietnam"] } ] }"""),
        new("V22", "a land border of an actor with itself", $$"""{ {{Good}}, "geography": [ { "kind": "LandBorder", "between": ["Vietnam", "Vietnam"] } ] }"""),
        new("V23", "a land border naming an undeclared actor", $$"""{ {{Good}}, "geography": [ { "kind": "LandBorder", "between": ["Japan", "China"] } ] }"""),
        new("V24", "a subject on a land border", $$"""{ {{Good}}, "powers": [ {{Power}} ], "geography": [ { "kind": "LandBorder", "between": ["P", "China"], "subject": "P" } ] }"""),
        new("V25", "an overseas constraint without its subject", $$"""{ {{Good}}, "geography": [ { "kind": "Overseas" } ] }"""),
        new("V26", "an overseas subject that is not a declared great power", $$"""{ {{Good}}, "geography": [ { "kind": "Overseas", "subject": "China" } ] }"""),
        new("V27", "'between' on an overseas constraint", $$"""{ {{Good}}, "powers": [ {{Power}} ], "geography": [ { "kind": "Overseas", "subject": "P", "between": ["P", "China"] } ] }"""),
        new("V28", "a geography entry given twice", $$"""{ {{Good}}, "geography": [ { "kind": "LandBorder", "between": ["Vietnam", "China"] }, { "kind": "LandBorder", "between": ["China", "Vietnam"] } ] }"""),
        new("V29", "an offer from an undeclared power", $$"""{ {{Good}}, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }"""),
        new("V30", "a guarantee that lists no domain", $$"""{ {{Bad}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "SecurityGuarantee" } ] }"""),
        new("V31", "domains on a kind that covers none", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "PartnershipUpgrade", "domains": ["Sea"] } ] }"""),
        new("V32", "troops stationed at sea", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "TroopStationing", "domains": ["Sea"] } ] }"""),
        new("V33", "a domain listed twice", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "AllianceTreaty", "domains": ["Sea", "Sea"] } ] }"""),
        new("V34", "an amount on an offer that is not aid", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "ArmsSales", "annualUsd": 5 } ] }"""),
        new("V35", "negative aid", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "EconomicAid", "annualUsd": -1 } ] }"""),
        new("V36", "absurd aid (more than US$10 trillion a year)", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "MilitaryAid", "annualUsd": 1e15 } ] }"""),
        new("V37", "a share of GDP outside 0–1", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "EconomicAid", "shareOfGdp": 10 } ] }"""),
        new("V38", "an offer given twice", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "BaseAccess" }, { "from": "P", "kind": "BaseAccess" } ] }"""),
        new("V39", "a coercion event with an empty kind", $$"""{ {{Good}}, "coercion": [ { "domain": "Sea", "kind": " ", "year": 2019 } ] }"""),
        new("V40", "a coercion year out of range", $$"""{ {{Good}}, "coercion": [ { "domain": "Land", "kind": "Invasion", "year": 79 } ] }"""),
        new("V41", "a coercion event given twice", $$"""{ {{Good}}, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": 2019 }, { "domain": "Sea", "kind": "Standoff", "year": 2019 } ] }"""),
        new("V42", "an observed response from an undeclared power", $$"""{ {{Good}}, "observed": { "responses": [ { "from": "Japan", "kind": "BaseAccess", "decision": "Reject" } ] } }"""),
        new("V43", "an observed response to an offer the scenario lacks", $$"""{ {{Good}}, "powers": [ {{Power}} ], "observed": { "responses": [ { "from": "P", "kind": "BaseAccess", "decision": "Reject" } ] } }"""),
        new("V44", "a claim ID not in the catalogue", $$"""{ {{Good}}, "claims": ["C99"] }"""),
        new("V45", "a name holding a control character (a terminal escape)", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"P\\u001b]0;owned\\u0007\"", StringComparison.Ordinal)}} ] }"""),
        new("V46", "a name holding an invisible character (a zero-width space)", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"P\\u200b\"", StringComparison.Ordinal)}} ] }"""),
        new("V47", "a name with spaces at its start or end", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"P \"", StringComparison.Ordinal)}} ] }"""),
        new("V48", "a name longer than 100 characters", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"" + new string('P', 101) + "\"", StringComparison.Ordinal)}} ] }""", "(a power named with 101 characters)"),
        new("V49", "two great powers whose names differ only in case, width or Unicode form", $$"""{ {{Good}}, "powers": [ {{Power}}, {{Power.Replace("\"P\"", "\"p\"", StringComparison.Ordinal)}} ] }"""),
        new("V50", "a great power named like a role but for case", $$"""{ {{Good}}, "powers": [ {{Power.Replace("\"P\"", "\"china\"", StringComparison.Ordinal)}} ] }"""),
        new("V51", "more great powers than the limit (100)", $$"""{ {{Good}}, "powers": [ {{string.Join(", ", Enumerable.Range(0, 101).Select(i => Power.Replace("\"P\"", $"\"P{i}\"", StringComparison.Ordinal)))}} ] }""", "(101 great powers)"),
        new("V52", "more offers than the limit (300)", $$"""{ {{Good}}, "powers": [ {{string.Join(", ", Enumerable.Range(0, 100).Select(i => Power.Replace("\"P\"", $"\"P{i}\"", StringComparison.Ordinal)))}} ], "offers": [ {{string.Join(", ", Enumerable.Range(0, 301).Select(i => $$"""{ "from": "P{{i % 100}}", "kind": "{{KindsWithoutFields[i / 100]}}" }"""))}} ] }""", "(301 offers)"),
        new("V53", "more geography entries than the limit (300)", $$"""{ {{Good}}, "powers": [ {{string.Join(", ", Enumerable.Range(0, 100).Select(i => Power.Replace("\"P\"", $"\"P{i}\"", StringComparison.Ordinal)))}} ], "geography": [ { "kind": "LandBorder", "between": ["Vietnam", "China"] }, {{string.Join(", ", Enumerable.Range(0, 100).Select(i => $$"""{ "kind": "LandBorder", "between": ["P{{i}}", "China"] }, { "kind": "LandBorder", "between": ["P{{i}}", "Vietnam"] }, { "kind": "Overseas", "subject": "P{{i}}" }"""))}} ] }""", "(301 geography entries)"),
        new("V54", "more coercion events than the limit (100)", $$"""{ {{Good}}, "coercion": [ {{string.Join(", ", Enumerable.Range(0, 101).Select(i => $$"""{ "domain": "Sea", "kind": "Standoff", "year": {{1900 + i}} }"""))}} ] }""", "(101 coercion events)"),
        new("V55", "a number with more digits than the format holds exactly", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "EconomicAid", "shareOfGdp": 1.000000000000000000000000000001 } ] }"""),
        new("V56", "a title holding a line break (which would forge a heading)", $$"""{ {{Good}}, "title": "x\n## Posture: Balance" }"""),
        new("V57", "a note longer than 2,000 characters", $$"""{ {{Good}}, "notes": ["{{new string('n', 2001)}}"] }""", "(a note of 2,001 characters)"),
        new("V58", "more notes than the limit (100)", $$"""{ {{Good}}, "notes": [ {{string.Join(", ", Enumerable.Range(0, 101).Select(i => $"\"note {i}\""))}} ] }""", "(101 notes)"),
        new("V59", "a name holding a noncharacter (which no normalisation accepts)", $$"""{ {{Good}}, "roles": { "hedgingState": "V\ufffe" } }"""),
        new("V60", "a name holding a code point Unicode has not assigned", $$"""{ {{Good}}, "powers": [ { "name": "P\u0378", {{PowerAttributes}} } ] }"""),
        new("V61", "a name holding a letter that shows as nothing (a Hangul filler, the Braille blank, a variation selector)", $$"""{ {{Good}}, "powers": [ { "name": "P\u3164", {{PowerAttributes}} } ] }"""),
        new("V62", "a name starting with a combining mark", $$"""{ {{Good}}, "powers": [ { "name": "\u0301P", {{PowerAttributes}} } ] }"""),
        new("V63", "a name mixing scripts to look like a declared name (a Cyrillic С in China)", $$"""{ {{Good}}, "powers": [ { "name": "\u0421hina", {{PowerAttributes}} } ] }"""),
        new("V64", "a number too long to quote whole", $$"""{ {{Good}}, "coercion": [ { "domain": "Sea", "kind": "Standoff", "year": {{new string('9', 500)}} } ] }""", "(a year of 500 digits)"),
        new("V65", "rulebook 2's respectsPoliticalSystem, replaced by politicalSystem", $$"""{ {{Good}}, "powers": [ { "name": "P", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed", "respectsPoliticalSystem": true } ] }"""),
        new("V66", "an observed risk written as a bare name (the form before risks were recorded both ways)", $$"""{ {{Good}}, "observed": { "risks": ["AloneAtSea"] } }"""),
        new("V67", "an observed risk recorded Absent without evidence", $$"""{ {{Good}}, "observed": { "risks": [ { "risk": "AloneAtSea", "status": "Absent" } ] } }"""),
        new("V68", "an observed risk recorded twice", $$"""{ {{Good}}, "observed": { "risks": [ { "risk": "AloneAtSea", "status": "Present" }, { "risk": "AloneAtSea", "status": "Absent", "evidence": "a report" } ] } }"""),
        new("V69", "a post hoc mark on a field the record does not hold", $$"""{ {{Good}}, "observed": { "postHoc": [ { "field": "posture", "rulebook": "2.0.0", "change": "change 2" } ] } }"""),
        new("V70", "a coding decision not in the catalogue", $$"""{ {{Good}}, "codingDecisions": ["D999"] }"""),
        new("V71", "two offers of one kind from one power (one response is concluded per power and kind)", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "SecurityGuarantee", "domains": ["Sea"] }, { "from": "P", "kind": "SecurityGuarantee", "domains": ["Land", "Sea"] } ] }"""),
        new("V72", "an observed response recorded twice", $$"""{ {{Good}}, "powers": [ {{Power}} ], "offers": [ { "from": "P", "kind": "BaseAccess" } ], "observed": { "responses": [ { "from": "P", "kind": "BaseAccess", "decision": "Reject" }, { "from": "P", "kind": "BaseAccess", "decision": "Accept" } ] } }"""),
        new("V73", "a claim listed twice", $$"""{ {{Good}}, "claims": ["C01", "C01"] }"""),
        new("V74", "a coding decision listed twice", $$"""{ {{Good}}, "codingDecisions": ["D32", "D32"] }"""),
    ];

    public static TheoryData<string> Ids() => new(Catalogue.Select(e => e.Id));

    private static Entry Find(string id) => Catalogue.Single(e => e.Id == id);

    private static IReadOnlyList<ScenarioError> ErrorsOf(Entry entry) =>
        Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Read(new MemoryStream(entry.Input))).Errors;

    private static ScenarioError FirstError(Entry entry) => ErrorsOf(entry)[0];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Parse_CatalogueEntry_ReportsItsOneProblemWithAPath(string id)
    {
        var entry = Find(id);

        var errors = ErrorsOf(entry);

        Assert.Single(errors);
        Assert.StartsWith("$", errors[0].Path, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", errors[0].Message, StringComparison.Ordinal);
        Assert.DoesNotContain("AllianceRules.", errors[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Cli_CatalogueEntry_ExitsTwoWithTheErrorFirst(string id)
    {
        var entry = Find(id);

        var file = Path.Combine(Path.GetTempPath(), $"alliance-rules-{id}-{Environment.ProcessId}.json");
        File.WriteAllBytes(file, entry.Input);
        CliRun run;
        try
        {
            run = CliRun.Of("assess", file);
        }
        finally
        {
            File.Delete(file);
        }

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal($"error: {FirstError(entry)}", run.StderrLines[0]);
    }

    [Fact]
    public void Catalogue_IdsAreUniqueAndInOrder()
    {
        Assert.Equal(Catalogue.Select((_, i) => $"V{i + 1:00}"), Catalogue.Select(e => e.Id));
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void ScenarioFormatDoc_ListsTheCatalogue()
    {
        var table = new StringBuilder()
            .Append("| # | problem | example | error |\n|---|---|---|---|\n");
        foreach (var entry in Catalogue)
        {
            table.Append($"| {entry.Id} | {entry.Problem} | {Cell(entry.Shown)} | {Cell($"`{FirstError(entry)}`")} |\n");
        }

        GeneratedDocs.AssertFreshSection(DocPath, "validation-catalogue", table.ToString());
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
