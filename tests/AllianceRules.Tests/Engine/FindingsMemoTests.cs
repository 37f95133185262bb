using AllianceRules.Engine;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Engine;

/// <summary>
/// A session hands back a kind's findings from its last assessment only where everything they were
/// built from stayed (<see cref="FindingsMemo"/>): a sweep builds what a fresh session would.
/// </summary>
public class FindingsMemoTests
{
    private static readonly DecisionPoint[] Points = [.. DecisionTable.InputSpace()];

    [Fact]
    public void ASweep_BuildsWhatAFreshSessionBuilds_ScenarioByScenario()
    {
        // The table's points in sweep order (one input changes at a time, so most kinds' findings
        // are reused), then the built-in episodes (several powers, offers and coercion, so few are).
        ValidScenario[] scenarios =
        [
            .. DecisionTable.TableSweepOrder().Take(240).Select(i => ValidScenario.From(Points[i].Scenario)),
            .. HistoricalScenarios.All.Select(ValidScenario.From),
        ];

        foreach (var detail in new[] { Detail.Rules, Detail.Values })
        {
            var swept = Json(scenarios, detail);
            var alone = scenarios.Select(scenario => Json([scenario], detail).Single()).ToArray();

            Assert.Equal(alone, swept);
        }
    }

    [Fact]
    public void AKindsFindings_AreReused_WhileItsDerivationsStay_AndBuiltAfreshOnceTheyGo()
    {
        var first = Points[DecisionTable.TableSweepOrder()[0]];
        var nextOffer = Points[DecisionTable.TableSweepOrder()[1]];
        var otherLevel = Points.First(p => p.Level != first.Level && p.SettlementFailed == first.SettlementFailed && p.Stance == first.Stance
            && p.Resolve == first.Resolve && p.LandBorder == first.LandBorder && p.AvoidsLandWar == first.AvoidsLandWar
            && p.Offer == first.Offer && p.Domains.SequenceEqual(first.Domains) && p.AidAtBenchmark == first.AidAtBenchmark);

        // A session keeps what it built from its second move on (a single assessment never pays for it).
        var alone = Assessed([first, nextOffer], Detail.Rules);
        var byOffer = Assessed([first, first, nextOffer], Detail.Rules);
        var byLevel = Assessed([first, first, otherLevel], Detail.Rules);
        var justified = Assessed([first, first, nextOffer], Detail.Justified);

        Assert.NotSame(alone[0].Posture, alone[1].Posture);
        // One offer apart: the posture stands on the same derivations; the answer is to another offer.
        Assert.NotEqual(first.Offer, nextOffer.Offer);
        Assert.Same(byOffer[1].Posture, byOffer[2].Posture);
        Assert.NotSame(byOffer[1].Responses, byOffer[2].Responses);
        // Another relation level retracts what the posture was drawn from: drawn again, built again.
        Assert.NotSame(byLevel[1].Posture, byLevel[2].Posture);
        // A full justification describes what is absent, read from the whole scenario: never reused.
        Assert.NotSame(justified[1].Posture, justified[2].Posture);
    }

    [Fact]
    public void AssessMany_WithoutJustification_GivesWhatAssessGives_ScenarioByScenario()
    {
        // The public sweep that reuses findings: an assessor that captures no justification builds
        // rules only, and its AssessMany moves one session through the scenarios.
        var assessor = new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false });
        Scenario[] scenarios = [.. DecisionTable.TableSweepOrder().Take(200).Select(i => Points[i].Scenario), .. HistoricalScenarios.All];

        var swept = assessor.AssessMany(scenarios).Select(AssessmentJson.Serialize).ToArray();

        Assert.Equal(scenarios.Select(s => AssessmentJson.Serialize(assessor.Assess(s))), swept);
    }

    private static string[] Json(IEnumerable<ValidScenario> scenarios, Detail detail) =>
        [.. TestEngine.Assessor.AssessEach(scenarios, (_, a) => AssessmentJson.Serialize(a), (_, e) => e.Message, detail: detail)];

    private static Assessment[] Assessed(DecisionPoint[] points, Detail detail) =>
        [.. TestEngine.Assessor.AssessEach(points.Select(p => ValidScenario.From(p.Scenario)), (_, a) => a, RulebookHost.Rethrow<Assessment>, detail: detail)];
}
