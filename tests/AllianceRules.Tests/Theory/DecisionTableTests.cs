using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Theory;

/// <summary>The rulebook over its input space, pinned: a rule change shows up as changed rows of the snapshot.</summary>
public class DecisionTableTests
{
    private static readonly Lazy<DecisionTable> Table = new(() => TestEngine.Table);

    [Fact]
    public void Build_CoversTheWholeInputSpace_InOrder()
    {
        var rows = Table.Value.Rows;

        // 4 levels × 2 settlement × 3 stances × 3 resolves × 2 borders × 2 land-war × 15 offer variants.
        Assert.Equal(4 * 2 * 3 * 3 * 2 * 2 * 15, rows.Count);
        Assert.Equal(rows.Count, rows.Select(r => r.InputKey).Distinct().Count());
        Assert.Equal(RelationLevel.Good, rows[0].Level);
        Assert.Equal(OfferKind.PartnershipUpgrade, rows[0].Offer);
        Assert.DoesNotContain(rows, r => r.Error is not null);
    }

    [Fact]
    public void Rows_ThatDrawTheSameConclusions_ShareOneListAndMap_AndNothingElse()
    {
        // Rows outlive the sweep: equal conclusions are kept once. Rows drawing the same conclusions
        // (key, value, rules, claims and decisions) hold the same list and map; others do not.
        static string Content(DecisionRow row) => string.Join("\n", row.Drawn.Select(c => $"{c.Key}={c.Value} {string.Join(",", c.Rules)} {string.Join(",", c.Claims)} {string.Join(",", c.Decisions)}"));
        var byContent = Table.Value.Rows.GroupBy(Content, StringComparer.Ordinal).ToArray();

        Assert.All(byContent, group =>
        {
            Assert.Single(group.Select(r => r.Drawn).Distinct(ReferenceEqualityComparer.Instance));
            Assert.Single(group.Select(r => r.Conclusions).Distinct(ReferenceEqualityComparer.Instance));
        });
        Assert.Equal(byContent.Length, Table.Value.Rows.Select(r => r.Drawn).Distinct(ReferenceEqualityComparer.Instance).Count());
        Assert.True(byContent.Length < Table.Value.Rows.Count / 4, $"{byContent.Length} distinct lists of conclusions in {Table.Value.Rows.Count} rows");
    }

    [Fact]
    public void SweepOrder_VisitsEveryPointOnce_EachStepChangesOneInput()
    {
        int[] radices = [4, 2, 3, 3, 2, 2, 15];

        var order = DecisionTable.SweepOrder(radices);

        Assert.Equal(Enumerable.Range(0, 4320), order.Order());
        for (var k = 1; k < order.Length; k++)
        {
            Assert.Equal(1, Digits(order[k - 1]).Zip(Digits(order[k])).Count(d => d.First != d.Second));
        }

        int[] Digits(int index)
        {
            var digits = new int[radices.Length];
            for (var d = radices.Length - 1; d >= 0; d--)
            {
                digits[d] = index % radices[d];
                index /= radices[d];
            }

            return digits;
        }
    }

    [Fact]
    public void InputSpace_EveryPointIsAValidScenario()
    {
        // Build relies on it: it sweeps the points without validating each one again.
        Assert.All(DecisionTable.InputSpace(), point => Assert.Empty(ScenarioValidator.Validate(point.Scenario)));
    }

    [Fact]
    public void Build_AgreesWithAssessingEachPointAlone()
    {
        var points = DecisionTable.InputSpace().ToArray();

        foreach (var i in Enumerable.Range(0, points.Length).Where(i => i % 97 == 0))
        {
            var assessment = TestEngine.Assess(points[i].Scenario);
            Assert.Equal(assessment.Posture.Value, Table.Value.Rows[i].Posture);
            Assert.Equal(assessment.Responses.Single().Decision, Table.Value.Rows[i].Response);
            Assert.Equal(ConclusionMap.Of(assessment), Table.Value.Rows[i].Conclusions);
        }
    }

    /// <summary>
    /// Every conclusion of every row, one line each with the rules that drew it, under a line that
    /// names the row's inputs: a moved conclusion is one changed line naming its rule, not a table
    /// row to compare column by column. (The Markdown table is the CLI's; its format is pinned below.)
    /// </summary>
    [Fact]
    [Trait("Category", Accept.Category)]
    public void Conclusions_EveryRow_MatchSnapshot()
    {
        var text = new StringBuilder("# Decision table: every conclusion of every row, with the rules that drew it (DecisionTableTests)\n");
        foreach (var row in Table.Value.Rows)
        {
            text.Append(Inputs(row)).Append('\n');
            foreach (var conclusion in row.Drawn)
            {
                text.Append("  ").Append(conclusion.Key).Append(" = ").Append(conclusion.Value)
                    .Append("  by ").Append(conclusion.Rules.Count == 0 ? "—" : string.Join(", ", conclusion.Rules)).Append('\n');
            }
        }

        Snapshots.Match(text.ToString(), "decision-table.conclusions");
    }

    [Fact]
    public void Markdown_OneLinePerRow_WithTheDrawnValues()
    {
        var lines = DecisionTableReport.RenderMarkdown(Table.Value).Split('\n');
        var first = Table.Value.Rows[0];

        Assert.Equal($"# Decision table (rulebook {RulebookVersion.Current})", lines[0]);
        Assert.Equal("| level | settlementFailed | stance | resolve | landBorder | avoidsLandWar | offer | domains | aid | posture | response | commitment | outlook | risks |", lines[4]);
        Assert.Equal(Table.Value.Rows.Count, lines.Count(l => l.StartsWith("| ", StringComparison.Ordinal)) - 1);
        Assert.StartsWith($"| {first.Level} | {first.SettlementFailed.ToString().ToLowerInvariant()} | {first.Stance} | {first.Resolve} | ", lines[6], StringComparison.Ordinal);
        Assert.Contains($" | {first.Posture} | {first.Response} | ", lines[6], StringComparison.Ordinal);
    }

    private static string Inputs(DecisionRow row) =>
        $"{row.Level} settlementFailed={row.SettlementFailed.ToString().ToLowerInvariant()} {row.Stance} resolve={row.Resolve} " +
        $"landBorder={row.LandBorder.ToString().ToLowerInvariant()} avoidsLandWar={row.AvoidsLandWar.ToString().ToLowerInvariant()} {row.Offer}" +
        (row.Domains.Count == 0 ? "" : $" domains={string.Join("+", row.Domains)}") +
        (row.AidAtBenchmark is { } aid ? (aid ? " aid at benchmark" : " aid below benchmark") : "");

    [Fact]
    public void Cli_Table_Csv_HasAHeaderAndOneLinePerRow()
    {
        var run = CliRun.Of("table", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("level,settlementFailed,stance,resolve,landBorder,avoidsLandWar,offer,domains,aid,posture,response,commitment,outlook,risks", lines[0]);
        Assert.Equal(Table.Value.Rows.Count + 1, lines.Length);
        Assert.Contains("Hostile,true,Containment,Demonstrated,true,false,AllianceTreaty,Land+Sea,,Balance,Accept,not credible: AidBelowBenchmark,Possible,", lines);
        Assert.Contains("Hostile,true,Containment,Undemonstrated,true,false,AllianceTreaty,Land+Sea,,Balance,Accept,\"not credible: AidBelowBenchmark, ResolveNotDemonstrated\",Possible,", lines);
    }

    [Fact]
    public void Cli_Table_DefaultIsMarkdown_JsonHasRows()
    {
        var md = CliRun.Of("table");
        var json = CliRun.Of("table", "--format", "json");

        Assert.StartsWith($"# Decision table (rulebook {RulebookVersion.Current})\n", md.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"rows\": [\n", json.Stdout, StringComparison.Ordinal);
    }
}
