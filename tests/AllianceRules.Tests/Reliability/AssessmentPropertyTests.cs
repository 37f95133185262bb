using System.Text.RegularExpressions;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AllianceRules.Tests.Reliability;

/// <summary>Invariants of every assessment, checked over generated valid scenarios (FsCheck).</summary>
[Properties(Arbitrary = [typeof(ScenarioGenerators)], MaxTest = PropertyTests.Cases)]
public partial class AssessmentPropertyTests
{
    [Property]
    public void Generated_IsValid(Scenario scenario) =>
        Assert.Empty(ScenarioValidator.Validate(scenario));

    [Property]
    public void JsonSize_StaysWithinAFixedMultipleOfTheTextReport(Scenario scenario)
    {
        // The justification graph writes each fact once, as the text tree explains it once:
        // a shared subtree written again under every conclusion would break this bound.
        var assessment = TestEngine.Assess(scenario);

        Assert.True(
            AssessmentJson.Serialize(assessment).Length <= 8 * TextReport.Render(assessment).Length,
            $"JSON {AssessmentJson.Serialize(assessment).Length} characters, text {TextReport.Render(assessment).Length}");
    }

    [Property]
    public void ExactlyOnePosture_AndOneResponsePerOffer(Scenario scenario)
    {
        var assessment = TestEngine.Assess(scenario);

        Assert.Single(assessment.Posture.Because.Select(j => j.Rule).Distinct());
        Assert.Equal(scenario.Offers.Count, assessment.Responses.Count);
    }

    [Property]
    public void EveryConclusion_HasKnownClaims_AndAJustificationReachingInputFacts(Scenario scenario)
    {
        var assessment = TestEngine.Assess(scenario);

        foreach (var (claims, because) in Drawn(assessment))
        {
            Assert.NotEmpty(claims);
            Assert.All(claims, c => Assert.NotNull(ClaimCatalogue.Find(c)));
            Assert.NotEmpty(because);
            Assert.All(because, ReachesInput);
        }
    }

    [Property]
    public Property RenamingEveryActor_ChangesNothingButTheNames() =>
        Prop.ForAll(ScenarioGenerators.Scenario(), scenario =>
        {
            var renamed = Rename(scenario);

            var original = AssessmentJson.Serialize(TestEngine.Assess(scenario));
            var back = RenameBack(AssessmentJson.Serialize(TestEngine.Assess(renamed)));

            Assert.Equal(original, back);
        });

    [Property]
    public Property ShufflingPowersOffersGeographyAndCoercion_ChangesNothing() =>
        Prop.ForAll(
            ScenarioGenerators.Scenario(),
            ArbMap.Default.ArbFor<int>(),
            (scenario, seed) =>
            {
                var random = new Random(seed);
                var shuffled = scenario with
                {
                    Powers = [.. scenario.Powers.OrderBy(_ => random.Next())],
                    Geography = [.. scenario.Geography.OrderBy(_ => random.Next())],
                    Offers = [.. scenario.Offers.OrderBy(_ => random.Next())],
                    Coercion = [.. scenario.Coercion.OrderBy(_ => random.Next())],
                };

                var first = TestEngine.Assess(scenario);
                var second = TestEngine.Assess(shuffled);

                // A warning's path points into the input as given, so it moves with the input's order;
                // what it says does not. Everything else is the same, byte for byte.
                Assert.Equal(first.Warnings.Select(w => (w.Id, w.Message)).Order(), second.Warnings.Select(w => (w.Id, w.Message)).Order());
                Assert.Equal(AssessmentJson.Serialize(first with { Warnings = [] }), AssessmentJson.Serialize(second with { Warnings = [] }));
            });

    [Property]
    public void JsonRoundTrip_IsLossless(Scenario scenario)
    {
        var json = ScenarioJson.Serialize(scenario);

        var again = ScenarioJson.Parse(json).Value;

        Assert.Equal(json, ScenarioJson.Serialize(again));
        Assert.Equal(AssessmentJson.Serialize(TestEngine.Assess(scenario)), AssessmentJson.Serialize(TestEngine.Assess(again)));
    }

    [Property]
    public void AssessingTwice_IsByteIdentical(Scenario scenario)
    {
        Assert.Equal(AssessmentJson.Serialize(TestEngine.Assess(scenario)), AssessmentJson.Serialize(TestEngine.Assess(scenario)));
    }

    [Property(MaxTest = PropertyTests.SequenceCases)]
    public Property AssessMany_InOneSession_GivesWhatAssessGivesForEach() =>
        Prop.ForAll(
            Gen.ArrayOf(ScenarioGenerators.ScenarioGen()).Where(s => s.Length > 1).Select(s => s.Take(8).ToArray()).ToArbitrary(),
            scenarios =>
            {
                var one = scenarios.Select(s => AssessmentJson.Serialize(TestEngine.Assess(s))).ToArray();

                var many = TestEngine.Assessor.AssessMany(scenarios).Select(AssessmentJson.Serialize).ToArray();

                Assert.Equal(one, many);
            });

    [Property(MaxTest = PropertyTests.SequenceCases)]
    public void AssessMany_OverWhatIfNeighbours_GivesWhatAssessGivesForEach(Scenario scenario)
    {
        // Neighbours share most fact instances with the scenario, so each step retracts and inserts only a few.
        Scenario[] sequence =
        [
            scenario,
            .. ScenarioChanges.Around(scenario, AidBenchmark.Default, HeldInputs.Resolve(scenario, new CounterfactualOptions { VaryThirdPartyGeography = true }))
                .Select(change => ScenarioChanges.Apply(scenario, [change]))
                .Where(neighbour => ScenarioValidator.Validate(neighbour).Count == 0),
            scenario,
        ];
        var one = sequence.Select(s => AssessmentJson.Serialize(TestEngine.Assess(s))).ToArray();

        var many = TestEngine.Assessor.AssessMany(sequence).Select(AssessmentJson.Serialize).ToArray();

        Assert.Equal(one, many);
    }

    private static Scenario Rename(Scenario scenario)
    {
        static string Map(string name) => name switch
        {
            "Vietnam" => "Hedger",
            "China" => "Giant",
            _ => "R" + name[1..],
        };

        return scenario with
        {
            Roles = new ScenarioRoles { HedgingState = "Hedger", Neighbour = "Giant" },
            Powers = [.. scenario.Powers.Select(p => p with { Name = Map(p.Name) })],
            Geography = [.. scenario.Geography.Select(g => g with { Between = [.. g.Between.Select(Map)], Subject = g.Subject is null ? null : Map(g.Subject) })],
            Offers = [.. scenario.Offers.Select(o => o with { From = Map(o.From) })],
        };
    }

    private static string RenameBack(string json) =>
        PowerName().Replace(json.Replace("Hedger", "Vietnam", StringComparison.Ordinal).Replace("Giant", "China", StringComparison.Ordinal), "P$1");

    [GeneratedRegex(@"\bR(\d)\b")]
    private static partial Regex PowerName();

    /// <summary>Every finding a rule drew, of every kind (a new kind is checked without being named here); an offer with no conclusion was drawn by none.</summary>
    private static IEnumerable<(IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because)> Drawn(Assessment a) =>
        a.Findings
            .Where(f => f is not ResponseFinding { Decision: Decision.NoClaim })
            .Select(f => (f.Claims, f.Because));

    private static void ReachesInput(Justification justification)
    {
        Assert.NotEmpty(justification.Matched);
        foreach (var fact in justification.Matched.Where(f => f.Because is not null))
        {
            Assert.NotEmpty(fact.Because!);
            Assert.All(fact.Because!, ReachesInput);
        }
    }
}
