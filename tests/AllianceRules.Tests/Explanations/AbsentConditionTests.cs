using AllianceRules.Claims;
using AllianceRules.Engine;
using AllianceRules.Facts;
using AllianceRules.Rules;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Explanations;

/// <summary>
/// A justification shows what was absent where a rule met a <c>Not</c> condition, and why no rule
/// drew the absent fact (issue 27, item 1; rulebook v3, "Every conclusion").
/// </summary>
[Trait("Category", "Pinned")]
public class AbsentConditionTests
{
    private const string PartnerWithoutLandBorder = "samples/scenarios/partner-without-land-border.json";
    private const string RaisedExpectations = "risks[RaisedExpectations,India]";

    [Theory]
    [InlineData("text")]
    [InlineData("md")]
    [InlineData("json")]
    public void Explain_MaritimeOnly_ShowsTheAbsentLandBorder(string format)
    {
        var run = CliRun.Of("explain", RepositoryFiles.Path(PartnerWithoutLandBorder), "--conclusion", RaisedExpectations, "--format", format);

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Contains("no land border joins India and China", run.Stdout, StringComparison.Ordinal);
        Snapshots.Match(run.Stdout, $"partner-without-land-border.explain.{format}");
    }

    [Fact]
    public void Assess_1978_CredibleVerdict_ChecksEveryGapRule()
    {
        var run = CliRun.Of("assess", "--builtin", "1978-soviet-alliance");

        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("lacks No", run.Stdout, StringComparison.Ordinal);
        var gapRules = TestEngine.Assessor.Rules.Where(r => r.Section == "Commitment" && r.Name.EndsWith("Gap", StringComparison.Ordinal)).Select(r => r.Name).ToArray();
        Assert.NotEmpty(gapRules);
        var verdict = run.Stdout[run.Stdout.IndexOf("absent: a gap in Soviet Union's commitment; checked:\n", StringComparison.Ordinal)..];
        foreach (var rule in gapRules)
        {
            Assert.Contains($"- {rule}", verdict, StringComparison.Ordinal);
        }
    }

    /// <summary>A value no change reaches names the rules that could draw it and what each lacked (issue 27, item 5).</summary>
    [Fact]
    public void Explain_UnreachableValue_NamesTheRulesAndWhatTheyLacked()
    {
        var scenario = new Scenario
        {
            Id = "mars",
            Relation = new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true },
            Powers =
            [
                new GreatPower { Name = "United States", ExtraRegional = true, Stance = Stance.Containment, Resolve = Resolve.Undemonstrated, AvoidsLandWar = true, PoliticalSystem = PoliticalSystem.Affirmed },
                new GreatPower { Name = "Mars", ExtraRegional = false, Stance = Stance.Neutral, Resolve = Resolve.Undemonstrated, AvoidsLandWar = true, PoliticalSystem = PoliticalSystem.Affirmed },
            ],
        };

        var explanation = TestEngine.Assess(scenario).Explain("commitments[Mars]=credible");
        var text = AllianceRules.Rendering.ExplanationReport.Render(explanation);

        Assert.Empty(explanation.Remedies);
        var credible = Assert.Single(explanation.Unreached);
        Assert.Equal("Commitment.CredibleWhenNoGapRemains", credible.Rule);
        Assert.Contains("Geography.CandidatePatronWhenContainingFromAfar: Mars is not an extra-regional power that contains China", text, StringComparison.Ordinal);
    }

    /// <summary>Every <c>Not</c> condition of the built-in rulebook has words, and every rule that can draw an absent derived fact says what fails when it does not.</summary>
    [Fact]
    public void Rulebook_EveryAbsence_HasWordsAndEveryRuleChecked_SaysWhyNot()
    {
        var described = TestEngine.Assessor.Descriptions;
        var problems = new List<string>();
        foreach (var rule in described.Values.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            foreach (var absence in rule.Absences)
            {
                if (absence.Text is null && absence.Fact.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Length == 0)
                {
                    problems.Add($"{rule.Name}: Not condition {absence.Position} ({absence.Fact.Name}) has no words");
                }

                problems.AddRange(absence.DrawnBy.Where(d => d.Unmet is null).Select(d => $"{d.Name}: can draw the {absence.Fact.Name} that {rule.Name} requires absent, and gives no [Unmet] words"));
                problems.AddRange(absence.DrawnBy.Where(d => !d.Yields.Contains(absence.Fact)).Select(d => $"{rule.Name}: names {d.Name} as drawing {absence.Fact.Name}, which it does not yield"));
            }
        }

        Assert.Empty(problems.Distinct());
    }

    /// <summary>Every value of the vocabulary has words of its own (issue 27, item 2): reports never fall back to an enum name.</summary>
    [Fact]
    public void Vocabulary_EveryValue_HasAPhrase()
    {
        var vocabulary = typeof(AllianceRules.Facts.Risk).Assembly.GetExportedTypes()
            .Where(t => t.IsEnum && t.Namespace == "AllianceRules.Facts");
        var missing = vocabulary
            .SelectMany(t => t.GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
                .Where(f => f.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Length == 0)
                .Select(f => $"{t.Name}.{f.Name}"))
            .ToArray();

        Assert.NotEmpty(vocabulary);
        Assert.Empty(missing);
        Assert.Equal("punishment on land by the neighbour", AllianceRules.Facts.Phrases.Of(AllianceRules.Facts.Risk.LandPunishment));
    }

    [Fact]
    public void Amendment_WordsForANotConditionItDoesNotHave_AreRefusedByName()
    {
        var options = new AllianceRulesOptions();
        options.AdditionalRuleTypes.Add(typeof(WordsForASecondNot));

        var error = Assert.Throws<RulebookException>(() => new AllianceAssessor(options));

        Assert.Equal("a rule cannot be loaded: the rule Test.WordsForASecondNot gives words for its Not condition 2 ([Absence(2, …)]), but it has 1", error.Message);
    }

    [Fact]
    public void Absence_WordsForAPositionTheRuleDoesNotHave_AreNotSilentlyIgnored()
    {
        var described = TestEngine.Assessor.Descriptions;
        var ruleTypes = typeof(RulebookHost).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetCustomAttributes(typeof(AbsenceAttribute), true).Length > 0 && AlternativeToAttribute.IsArticleRule(t));
        foreach (var type in ruleTypes)
        {
            var name = (string)type.GetCustomAttributesData().Single(a => a.AttributeType == typeof(NRules.Fluent.Dsl.NameAttribute)).ConstructorArguments[0].Value!;
            var rule = described.Values.Single(r => r.Name == name);
            foreach (AbsenceAttribute words in type.GetCustomAttributes(typeof(AbsenceAttribute), true))
            {
                Assert.True(words.Position >= 1 && words.Position <= rule.Absences.Count, $"{name}: [Absence({words.Position})] but the rule has {rule.Absences.Count} Not conditions");
            }
        }
    }
}

/// <summary>An amendment rule that gives words for a Not condition it does not have.</summary>
[NRules.Fluent.Dsl.Name("Test.WordsForASecondNot")]
[Absence(2, "a second thing")]
internal sealed class WordsForASecondNot : NRules.Fluent.Dsl.Rule
{
    public override void Define()
    {
        When().Not<GreatPower>();
        Then().Do(_ => Nothing());
    }

    private static void Nothing()
    {
    }
}
