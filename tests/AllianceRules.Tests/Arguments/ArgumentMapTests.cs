using System.Text.Json;
using System.Xml.Linq;
using AllianceRules.Arguments;
using AllianceRules.Claims;
using AllianceRules.Cli;
using AllianceRules.Rendering;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Arguments;

/// <summary>
/// The argument map in each format, read back with a real parser where .NET has one: GraphML as
/// XML, AIF as JSON against the AIF node and edge shape, Argdown against a golden file.
/// </summary>
public class ArgumentMapTests
{
    private static readonly Lazy<ArgumentMap> Map = new(() => ArgumentMap.Of(TestEngine.Assessor));

    private static readonly XNamespace GraphMl = "http://graphml.graphdrawing.org/xmlns";

    [Fact]
    public void Graphml_IsWellFormed_WithOneNodePerClaimDecisionAndRule()
    {
        var xml = XDocument.Parse(ArgumentMapReport.RenderGraphml(Map.Value));

        var graph = xml.Root!.Element(GraphMl + "graph")!;
        var nodes = graph.Elements(GraphMl + "node").ToArray();
        string Kind(XElement node) => node.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == "kind").Value;
        Assert.Equal(ClaimCatalogue.All.Select(c => c.Id), nodes.Where(n => Kind(n) == "claim").Select(n => (string)n.Attribute("id")!));
        Assert.Equal(DecisionCatalogue.All.Select(d => d.Id), nodes.Where(n => Kind(n) == "reading").Select(n => (string)n.Attribute("id")!));
        Assert.Equal(TestEngine.Assessor.Rules.Select(r => "rule:" + r.Name), nodes.Where(n => Kind(n) == "rule").Select(n => (string)n.Attribute("id")!));
        Assert.Equal(nodes.Length, nodes.Select(n => (string)n.Attribute("id")!).Distinct().Count());

        // Every edge joins two nodes of the graph.
        var ids = nodes.Select(n => (string)n.Attribute("id")!).ToHashSet();
        Assert.All(graph.Elements(GraphMl + "edge"), e => Assert.True(ids.Contains((string)e.Attribute("source")!) && ids.Contains((string)e.Attribute("target")!), e.ToString()));
        var c09 = nodes.Single(n => (string)n.Attribute("id")! == "C01");
        Assert.Equal(ClaimCatalogue.Find("C01")!.Hedge, c09.Elements(GraphMl + "data").Single(d => (string)d.Attribute("key")! == "hedge").Value);
    }

    [Fact]
    public void Aif_HasINodesRaNodesAndCaNodes_InTheAifShape_WithTheIds()
    {
        using var json = JsonDocument.Parse(ArgumentMapReport.RenderAif(Map.Value));

        var root = json.RootElement;
        Assert.Equal(["nodes", "edges", "locutions"], root.EnumerateObject().Select(p => p.Name));
        var nodes = root.GetProperty("nodes").EnumerateArray().ToArray();
        Assert.All(nodes, n =>
        {
            Assert.Equal(["nodeID", "text", "type"], n.EnumerateObject().Select(p => p.Name));
            Assert.Contains(n.GetProperty("type").GetString(), (string[])["I", "RA", "CA"]);
        });
        var byId = nodes.ToDictionary(n => n.GetProperty("nodeID").GetString()!, n => n.GetProperty("type").GetString()!);
        Assert.Equal("I", byId["C09"]);
        Assert.Equal("I", byId["D13"]);
        Assert.Equal("RA", byId["RA:Posture.BalanceAloneWhenSettlementFailed"]);
        Assert.Equal("CA", byId["CA:D13-alternative vs D13"]);
        Assert.StartsWith("C09: ", nodes.Single(n => n.GetProperty("nodeID").GetString() == "C09").GetProperty("text").GetString(), StringComparison.Ordinal);

        // AIF's rules of form: edges join known nodes, an RA-node is reached from I-nodes and leads
        // to I-nodes, and a CA-node has one attacker and one attacked.
        var edges = root.GetProperty("edges").EnumerateArray().Select(e => (From: e.GetProperty("fromID").GetString()!, To: e.GetProperty("toID").GetString()!)).ToArray();
        Assert.All(edges, e => Assert.True(byId.ContainsKey(e.From) && byId.ContainsKey(e.To), $"{e.From} → {e.To}"));
        Assert.All(edges.Where(e => byId[e.To] == "RA"), e => Assert.Equal("I", byId[e.From]));
        Assert.All(edges.Where(e => byId[e.From] == "RA"), e => Assert.Equal("I", byId[e.To]));
        Assert.All(byId.Where(n => n.Value == "CA"), ca => Assert.Equal((1, 1), (edges.Count(e => e.To == ca.Key), edges.Count(e => e.From == ca.Key))));
        Assert.Contains(edges, e => e.From == "D2" && e.To == "RA:Posture.BalanceAloneWhenSettlementFailed");
        Assert.Contains(edges, e => e.From == "RA:Posture.BalanceAloneWhenSettlementFailed" && e.To == "posture = Balance");
    }

    [Fact]
    public void Json_CarriesEveryRuleWithItsClaimsAndDecisions()
    {
        using var json = JsonDocument.Parse(ArgumentMapReport.RenderJson(Map.Value));

        var inferences = json.RootElement.GetProperty("inferences").EnumerateArray().ToDictionary(i => i.GetProperty("id").GetString()!);
        Assert.Equal(TestEngine.Assessor.Rules.Select(r => r.Name), inferences.Keys);
        Assert.All(TestEngine.Assessor.Rules, rule =>
        {
            var premises = inferences[rule.Name].GetProperty("premises").EnumerateArray().Select(p => p.GetString()).ToArray();
            Assert.All(rule.Claims.Concat(rule.Decisions), id => Assert.Contains(id, premises));
        });
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Argdown_MatchesGoldenFile()
    {
        Snapshots.Match(ArgumentMapReport.RenderArgdown(Map.Value), "argument.argdown");
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Docs_ArgumentMap_OverviewIsFresh()
    {
        GeneratedDocs.AssertFreshSection("docs/argument-map.md", "overview", ArgumentMapReport.RenderMermaidOverview(Map.Value));
    }

    [Fact]
    public void UntrustedText_BecomesNoMarkup()
    {
        const string Hostile = "X]: <b>&\"'</b> [C01] <Rule> #tag *em* _u_ @[x] \\ \u0001 \n line";
        var map = new ArgumentMap(
            "1.0.0",
            [new ArgumentStatement("X01]", StatementKind.Claim, Hostile) { Hedge = Hostile }],
            [new ArgumentInference("Amendment.<Evil>", Hostile, ["X01]"], [])],
            [new ArgumentConflict("a vs b", "X01]", "X01]", Hostile)]);

        var xml = XDocument.Parse(ArgumentMapReport.RenderGraphml(map));
        var texts = xml.Descendants(GraphMl + "data").Where(d => (string)d.Attribute("key")! == "text").Select(d => d.Value).ToArray();
        Assert.Contains(texts, t => t.StartsWith("X]: <b>&\"'</b> [C01] <Rule>", StringComparison.Ordinal));
        Assert.DoesNotContain(xml.Descendants(), e => e.Name.LocalName == "b");

        using var aif = JsonDocument.Parse(ArgumentMapReport.RenderAif(map));
        Assert.Equal("X01]", aif.RootElement.GetProperty("nodes")[0].GetProperty("nodeID").GetString());

        var argdown = ArgumentMapReport.RenderArgdown(map);
        Assert.Contains("[X01\\]]: X\\]: \\<b\\>&\"'\\</b\\> \\[C01\\] \\<Rule\\> \\#tag \\*em\\* \\_u\\_ \\@\\[x\\] \\\\ \\\\u0001   line", argdown, StringComparison.Ordinal);
        Assert.Contains("<Amendment.\\<Evil\\>>", argdown, StringComparison.Ordinal);
    }

    [Fact]
    public void TerminalCodesInNamesAndTexts_AreInertInEveryFormat_AndTheGraphIsWellFormed()
    {
        // An amendment's rule named with an escape and a right-to-left override: the GraphML was not
        // well-formed XML (&#x1B; in an id), and Argdown carried the override raw.
        const string Evil = "Amendment.Evil\u001B[31m\u202Eg";
        var map = new ArgumentMap(
            "1.0.0",
            [new ArgumentStatement("C01", StatementKind.Claim, "a claim \u202E with an override") { Title = "C01" }],
            [new ArgumentInference(Evil, "drawn \u001B]0;owned\u0007 by it", ["C01"], []), new ArgumentInference("Amendment.Evil\\u001B[31m\\u202Eg", "its look-alike", ["C01"], [])],
            []);

        var graphml = ArgumentMapReport.RenderGraphml(map);
        var xml = XDocument.Parse(graphml);
        var argdown = ArgumentMapReport.RenderArgdown(map);

        Assert.Contains(xml.Descendants(GraphMl + "node"), n => (string)n.Attribute("id")! == "rule:Amendment.Evil\\u001B[31m\\u202Eg");
        // The look-alike, whose name is the escaped text itself, stays another node.
        Assert.Equal(3, xml.Descendants(GraphMl + "node").Select(n => (string)n.Attribute("id")!).Distinct().Count());
        Assert.Contains(xml.Descendants(GraphMl + "edge"), e => (string)e.Attribute("target")! == "rule:Amendment.Evil\\u001B[31m\\u202Eg");
        Assert.DoesNotContain(graphml, c => c is '\u001B' or '\u202E' or '\u0007');
        Assert.DoesNotContain(argdown, c => c is '\u001B' or '\u202E' or '\u0007');
        Assert.Contains("drawn \\\\u001B\\]0;owned\\\\u0007 by it", argdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("graphml", "<graphml")]
    [InlineData("aif", "\"nodes\"")]
    [InlineData("json", "\"inferences\"")]
    [InlineData("argdown", "# Claims")]
    public void Cli_ExportArgument_WritesEachFormat(string format, string expected)
    {
        var run = CliRun.Of("export-argument", "--format", format);

        Assert.Equal((ExitCodes.Success, ""), (run.ExitCode, run.Stderr));
        Assert.Contains(expected, run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_ExportArgument_UnknownFormat_IsRefusedNamingTheFormatsThatWork()
    {
        var run = CliRun.Of("export-argument", "--format", "dot");

        Assert.Equal(ExitCodes.InvalidInput, run.ExitCode);
        Assert.Equal(["error: --format dot is not supported by export-argument (use argdown, aif, graphml or json)"], run.StderrLines);
    }
}
