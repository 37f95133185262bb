using System.Text;
using System.Text.RegularExpressions;
using AllianceRules.Cli;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;
using NRules.Fluent.Dsl;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Reliability;

/// <summary>
/// Inputs as an attacker would write them, through the library and the CLI: bounded work, output
/// that grows with the input, names that never become markup or terminal codes, and a clear error
/// instead of a crash or a hang. The cases of the hostile review (issue 13) and their neighbours.
/// </summary>
public class HostileInputTests
{
    private static GreatPower Patron(int i) => Power($"Power {i}");

    private static Scenario ManyPowers(int count) => new()
    {
        Id = $"many-{count}",
        Relation = HostileAfterFailedSettlement,
        Powers = [.. Enumerable.Range(0, count).Select(Patron)],
    };

    [Fact]
    public void Assess_TwoHundredPowers_JsonGrowsWithTheInput()
    {
        var small = TestEngine.Assess(ManyPowers(20));
        var large = TestEngine.Assess(ManyPowers(ScenarioLimits.MaxPowers));

        var smallJson = AssessmentJson.Serialize(small).Length;
        var largeJson = AssessmentJson.Serialize(large).Length;

        // Five times the powers, about five times the output: not twenty-five.
        Assert.InRange(largeJson, 4 * smallJson, 6 * smallJson);
        // What each patron's gaps and needs require absent (issue 27) is written beside them: about a tenth more per power.
        Assert.True(largeJson < 2_500_000, $"{largeJson} characters for {ScenarioLimits.MaxPowers} powers");
    }

    [Theory]
    [InlineData(200)]
    [InlineData(1000)]
    public void Assess_MorePowersThanTheLimit_IsRefusedWithThePath(int count)
    {
        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => TestEngine.Assess(ManyPowers(count))).Errors);

        Assert.Equal("$.powers", error.Path);
        Assert.Contains($"at most {ScenarioLimits.MaxPowers}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assess_ScenarioAtEveryLimit_FiresUnderHalfTheCap()
    {
        // The cap means a loop only if no valid input can reach it: the largest valid input stays under half.
        var powers = Enumerable.Range(0, ScenarioLimits.MaxPowers).Select(i => Power($"P{i}", avoidsLandWar: i % 2 == 0, resolve: Resolve.Wavering)).ToArray();
        var scenario = new Scenario
        {
            Relation = HostileAfterFailedSettlement,
            Powers = powers,
            Geography = [HedgingStateBorder, .. powers.Take(ScenarioLimits.MaxGeography - 1).Where((_, i) => i % 2 == 1).Select(p => Border(p.Name, "China"))],
            Offers =
            [
                .. powers.SelectMany(p => new[]
                {
                    Offer(p.Name, OfferKind.SecurityGuarantee, Domain.Sea),
                    Offer(p.Name, OfferKind.ArmsSales),
                    Aid(p.Name, OfferKind.EconomicAid, 1m),
                }).Take(ScenarioLimits.MaxOffers),
            ],
            Coercion = [.. Enumerable.Range(0, ScenarioLimits.MaxCoercion).Select(i => Coercion(i % 2 == 0 ? Domain.Sea : Domain.Land, 1900 + i))],
        };
        var halfCap = new AllianceAssessor(new AllianceRulesOptions { MaxRuleFirings = AllianceRulesOptions.DefaultMaxRuleFirings / 2 });

        var assessment = halfCap.Assess(scenario);

        Assert.Equal(Posture.Balance, assessment.Posture.Value);
    }

    [Fact]
    public void Assess_CapReachedWithACapSetLow_SaysSoInsteadOfBlamingTheRules()
    {
        var assessor = new AllianceAssessor(new AllianceRulesOptions { MaxRuleFirings = 10 });

        var error = Assert.Throws<RulebookException>(() => assessor.Assess(ManyPowers(5)));

        Assert.Contains("MaxRuleFirings (10) is set below its default", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> HostileNames =>
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "x\"] --> n0\n```",
        "[click](http://example.invalid) | # heading",
        "`code` **bold** _it_",
        "a & b; #quot; c",
    ];

    [Theory]
    [MemberData(nameof(HostileNames))]
    public void Render_HostileName_IsInertInEveryFormat(string name)
    {
        // A name may not hold a line break: the one with \n is refused; the rest are valid and must render as text.
        var scenario = new Scenario
        {
            Id = "hostile",
            Title = name.Replace("\n", " ", StringComparison.Ordinal),
            Relation = HostileAfterFailedSettlement,
            Powers = [Power(name.Replace("\n", " ", StringComparison.Ordinal))],
            Offers = [Offer(name.Replace("\n", " ", StringComparison.Ordinal), OfferKind.SecurityGuarantee, Domain.Sea)],
            Coercion = [Coercion(Domain.Sea)],
        };
        var assessment = TestEngine.Assess(scenario);

        var md = MarkdownReport.Render(assessment);
        var text = TextReport.Render(assessment);
        var json = AssessmentJson.Serialize(assessment);

        Assert.DoesNotContain("<script", md, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", md, StringComparison.OrdinalIgnoreCase);
        var prose = md[..md.IndexOf("```mermaid", StringComparison.Ordinal)];
        Assert.DoesNotMatch(new Regex(@"(?<!\\)\]\(http", RegexOptions.None, TimeSpan.FromSeconds(1)), prose);
        Assert.Equal(2, md.Split('\n').Count(line => line.StartsWith("```", StringComparison.Ordinal)));
        Assert.Single(md.Split('\n'), line => line.StartsWith("# ", StringComparison.Ordinal));
        var mermaid = md[md.IndexOf("```mermaid", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<", mermaid.Replace("<br>", "", StringComparison.Ordinal), StringComparison.Ordinal);
        foreach (var table in Tables(md))
        {
            // A name that broke out of its cell would change the number of columns in its row.
            Assert.All(table, row => Assert.Equal(CellsOf(table[0]), CellsOf(row)));
        }

        Assert.Contains(name.Replace("\n", " ", StringComparison.Ordinal), text, StringComparison.Ordinal);
        Assert.NotNull(System.Text.Json.JsonDocument.Parse(json));
    }

    private static int CellsOf(string row) => Regex.Count(row, @"(?<!\\)\|", RegexOptions.None, TimeSpan.FromSeconds(1));

    private static IEnumerable<string[]> Tables(string markdown)
    {
        var table = new List<string>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('|'))
            {
                table.Add(line);
            }
            else if (table.Count > 0)
            {
                yield return [.. table];
                table.Clear();
            }
        }
    }

    [Theory]
    [InlineData("P\u001b]0;owned\u0007", "control character (U+001B)")]
    [InlineData("P\r", "control character (U+000D)")]
    [InlineData("P\0", "control character (U+0000)")]
    [InlineData("P\u0085", "control character (U+0085)")]
    [InlineData("P\u007f", "control character (U+007F)")]
    [InlineData("P\u200b", "invisible formatting character (U+200B)")]
    [InlineData("P\u2028", "invisible formatting character (U+2028)")]
    [InlineData("\u202eP", "invisible formatting character (U+202E)")]
    [InlineData("China ", "spaces at its start or end")]
    [InlineData(" P", "spaces at its start or end")]
    public void Validate_NameThatCouldActOnATerminalOrHide_IsRefused(string name, string problem)
    {
        var error = Assert.Single(ScenarioValidator.Validate(Scenario(Stable, Power(name))));

        Assert.Equal("$.powers[0].name", error.Path);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', error.ToString());
    }

    [Theory]
    [InlineData("Café", "Cafe\u0301")]
    [InlineData("Soviet Union", "soviet union")]
    [InlineData("P", "Ｐ")]
    public void Validate_NamesThatDifferOnlyInFormCaseOrWidth_AreOneName(string first, string second)
    {
        var error = Assert.Single(ScenarioValidator.Validate(Scenario(Stable, Power(first), Power(second))));

        Assert.Equal("$.powers[1].name", error.Path);
        Assert.Contains("is already declared at $.powers[0]", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("china")]
    [InlineData("ＣＨＩＮＡ")]
    [InlineData("VIETNAM")]
    public void Validate_PowerThatLooksLikeARole_IsRefused(string name)
    {
        var error = Assert.Single(ScenarioValidator.Validate(Scenario(Stable, Power(name))));

        Assert.Contains("not a great power", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ReferenceThatMissesByCase_SuggestsTheName()
    {
        var scenario = Scenario(Stable, Power("Soviet Union")) with { Offers = [Offer("soviet union", OfferKind.BaseAccess)] };

        var error = Assert.Single(ScenarioValidator.Validate(scenario));

        Assert.Equal("$.offers[0].from: 'soviet union' is not a declared great power; did you mean 'Soviet Union'?", error.ToString());
    }

    [Fact]
    public void Validate_EnumValuesNoNameStandsFor_AreRefusedInScenariosBuiltInCode()
    {
        var scenario = new Scenario
        {
            Relation = new RelationState { Level = (RelationLevel)42 },
            Powers = [Power("P") with { Stance = (Stance)9 }],
            Offers = [new GreatPowerOffer { From = "P", Kind = OfferKind.AllianceTreaty, Domains = [(Domain)7] }],
            Coercion = [new CoercionEvent { Domain = (Domain)5, Year = 2000, Kind = "X" }],
            Observed = new ObservedOutcome { Posture = (Posture)3000, Risks = [new ObservedRisk { Risk = (Risk)77, Status = RiskStatus.Present }, new ObservedRisk { Risk = Risk.AloneAtSea, Status = (RiskStatus)4 }] },
        };

        var errors = ScenarioValidator.Validate(scenario).Select(e => e.ToString()).ToArray();

        Assert.Equal(
            [
                "$.relation.level: 42 is not a RelationLevel (use Good, Stable, Strained, Hostile)",
                "$.powers[0].stance: 9 is not a Stance (use Containment, Neutral, Rapprochement)",
                "$.offers[0].domains[0]: 7 is not a Domain (use Land, Sea)",
                "$.coercion[0].domain: 5 is not a Domain (use Land, Sea)",
                "$.observed.posture: 3000 is not a Posture (use Bandwagon, SeekSettlement, Balance, Accommodate)",
                "$.observed.risks[0].risk: 77 is not a Risk (use ChineseSuspicion, RaisedExpectations, LandPunishment, DisputeWidening, BorderTest, AloneAtSea, Abandonment)",
                "$.observed.risks[1].status: 4 is not a RiskStatus (use Present, Absent)",
            ],
            errors);
        Assert.Throws<ScenarioValidationException>(() => TestEngine.Assess(scenario));
    }

    [Theory]
    [InlineData("\"annualUsd\": 10000000000000.0000000000000000001", "annualUsd")]
    [InlineData("\"shareOfGdp\": 1.0000000000000000000000000000001", "shareOfGdp")]
    [InlineData("\"shareOfGdp\": 1e-40", "shareOfGdp")]
    public void Read_NumberJustOverALimit_IsNotReadRoundedOntoIt(string amount, string field)
    {
        var json = $$"""{ "relation": { "level": "Good" }, "powers": [ { "name": "P", "extraRegional": true, "stance": "Containment", "resolve": "Demonstrated", "avoidsLandWar": false, "politicalSystem": "Affirmed" } ], "offers": [ { "from": "P", "kind": "EconomicAid", {{amount}} } ] }""";

        var error = Assert.Single(Assert.Throws<ScenarioValidationException>(() => ScenarioJson.Parse(json)).Errors);

        Assert.Equal($"$.offers[0].{field}", error.Path);
    }

    [Fact]
    public void Explore_LargeScenario_StopsAtTheBudgetAndSaysSo()
    {
        var scenario = ManyPowers(30) with
        {
            Offers = [.. Enumerable.Range(0, 30).Select(i => Offer($"Power {i}", OfferKind.SecurityGuarantee, Domain.Sea))],
            Coercion = [Coercion(Domain.Sea), Coercion(Domain.Land)],
        };
        var assessor = new AllianceAssessor(new AllianceRulesOptions { MaxSearchAssessments = 300 });

        var whatIf = assessor.Explore(scenario);
        var explanation = assessor.Explain(scenario, "outlook[Power 3]=Likely");

        Assert.True(whatIf.StoppedAtBudget);
        Assert.Equal(300, whatIf.Assessed);
        Assert.True(explanation.StoppedAtBudget);
        Assert.Contains("stopped at the search budget after 300 assessments", WhatIfReport.RenderText(whatIf), StringComparison.Ordinal);
        Assert.Contains("stopped at the search budget", ExplanationReport.Render(explanation), StringComparison.Ordinal);

        // What was not found is said of what was tried, not of every change: it did not say so before.
        Assert.Empty(explanation.Remedies);
        Assert.Contains("No change the search tried before its budget draws Likely", ExplanationReport.Render(explanation), StringComparison.Ordinal);
        Assert.Contains("No change the search tried before its budget draws Likely", ExplanationReport.RenderMarkdown(explanation), StringComparison.Ordinal);

        Assert.DoesNotContain("No change of one or two inputs", ExplanationReport.Render(explanation), StringComparison.Ordinal);
        Assert.DoesNotContain("No change of one or two inputs", WhatIfReport.RenderText(whatIf), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Explore_BuiltInEpisode_IsExactUnderTheDefaultBudget(string id)
    {
        var whatIf = TestEngine.Assessor.Explore(HistoricalScenarios.Find(id)!);

        Assert.False(whatIf.StoppedAtBudget);
        Assert.InRange(whatIf.Assessed, 1, AllianceRulesOptions.DefaultMaxSearchAssessments);
    }

    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Fact]
    public void Explain_KeyNamingNothingInTheScenario_IsRefusedWithTheChoices()
    {
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;

        var unknownPower = Assert.Throws<FormatException>(() => TestEngine.Assessor.Explain(scenario, "outlook[Soviet Onion]"));
        var unknownOffer = Assert.Throws<FormatException>(() => TestEngine.Assessor.Explain(scenario, "responses[Soviet Union,ArmsSales]"));

        Assert.Contains("did you mean 'Soviet Union'?", unknownPower.Message, StringComparison.Ordinal);
        Assert.Contains("'Soviet Union' makes AllianceTreaty, EconomicAid offers only", unknownOffer.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancelled_SweepsAndAssessments_StopWithOperationCanceled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;

        Assert.ThrowsAny<OperationCanceledException>(() => TestEngine.Assessor.Assess(scenario, cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => AllianceRules.Theory.DecisionTable.Build(TestEngine.Assessor, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => TestEngine.Assessor.Explore(scenario, cancellationToken: cancelled.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => TestEngine.Assessor.AssessMany([scenario], cancellationToken: cancelled.Token).ToArray());
        var lint = Assert.ThrowsAny<OperationCanceledException>(() => AllianceRules.Theory.TheoryLint.Run(new AllianceRulesOptions(), cancelled.Token));
        var table = Assert.ThrowsAny<OperationCanceledException>(() => AllianceRules.Theory.DecisionTable.Build(TestEngine.Assessor, cancellationToken: cancelled.Token));
        // The caller's token, not a sweep's own linked one: `catch (… e) when (e.CancellationToken == token)` works.
        Assert.Equal(cancelled.Token, lint.CancellationToken);
        Assert.Equal(cancelled.Token, table.CancellationToken);
    }

    [Fact]
    public void Assess_RuleThatBlocks_EndsAtTheRuleTimeoutNamingIt()
    {
        // 1 s, not less: on a loaded machine the worker that fires the rules can take a few hundred
        // milliseconds to start, and the timeout must find the blocking rule running, not the start.
        var options = new AllianceRulesOptions { RuleTimeout = TimeSpan.FromSeconds(1) };
        options.AdditionalRuleTypes.Add(typeof(BlockForAWhile));
        var assessor = new AllianceAssessor(options);

        var error = Assert.Throws<RulebookException>(() => assessor.Assess(HistoricalScenarios.Find("2021-harris-visit")!));

        Assert.Contains("rule 'Test.BlockForAWhile' did not finish within 1 s", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_TypeThatIsNotARule_IsRefusedByName()
    {
        var options = new AllianceRulesOptions();
        options.AdditionalRuleTypes.Add(typeof(string));

        var error = Assert.Throws<ArgumentException>(() => new AllianceAssessor(options));

        Assert.Contains("'System.String', which is not a rule", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cli_OutputThatCannotBeWritten_EndsWithOneErrorLine()
    {
        using var stderr = new StringWriter();

        var exit = CliApp.Run(["assess", "--builtin", "1978-soviet-alliance"], Stream.Null, new FullDisk(), stderr);

        Assert.Equal(ExitCodes.OutputFailed, exit);
        Assert.Equal("error: cannot write the output: No space left on device\n", stderr.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Cli_ManyErrors_PrintsTwentyThenHowManyMore()
    {
        var offers = string.Join(", ", Enumerable.Range(0, 250).Select(i => $$"""{ "from": "Nobody{{i}}", "kind": "BaseAccess" }"""));

        var run = CliRun.WithStdin($$"""{ "relation": { "level": "Good" }, "offers": [ {{offers}} ] }""", "assess", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ErrorWriter.MaxLines + 1, run.StderrLines.Length);
        Assert.Equal("error: and 230 more", run.StderrLines[^1]);
    }

    [Fact]
    public void Cli_TerminalCodesInTheInput_NeverReachStandardError()
    {
        var run = CliRun.WithStdin("""{ "relation": { "level": "Good" }, "powers": [ { "name": "P\u001b]0;owned\u0007" } ] }""", "assess", "-");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Stderr);
        Assert.DoesNotContain('\u0007', run.Stderr);
    }

    [Fact]
    public void Cli_KeyWithTerminalCodes_IsQuotedInert()
    {
        var run = CliRun.Of("explain", "--builtin", "1978-soviet-alliance", "--conclusion", "posture=\u001b[2J");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("\\u001B[2J", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Stderr);
    }

    private sealed class FullDisk : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => throw new IOException("No space left on device");

        public override void Write(string? value) => throw new IOException("No space left on device");
    }
}

[Name("Test.BlockForAWhile")]
[Tag("X01")]
// First on the agenda, so the timeout finds it firing rather than the rulebook's own first firings.
[Priority(1000)]
internal sealed class BlockForAWhile : Rule
{
    public override void Define()
    {
        RelationState relation = default!;

        When()
            .Match(() => relation);

        Then()
            .Do(_ => Thread.Sleep(3000));
    }
}
