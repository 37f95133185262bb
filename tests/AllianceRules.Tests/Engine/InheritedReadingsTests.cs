using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Engine;

/// <summary>
/// What a conclusion inherits beyond the rule that drew it (rulebook v3, "Every conclusion" and
/// "Hedges"): the decisions of the rules that could have drawn what it needs absent, and the
/// hedges of every claim beneath it.
/// </summary>
public class InheritedReadingsTests
{
    [Fact]
    public void AbsenceDecisions_AreTheDecisionsOfTheRulesThatDrawWhatARuleNeedsAbsent()
    {
        var rules = TestEngine.Assessor.Rules.ToDictionary(r => r.Name);

        // "No gap remains" could have been drawn by the aid-benchmark gap, which rests on D11.
        Assert.Equal(["D11"], rules["Commitment.CredibleWhenNoGapRemains"].AbsenceDecisions);
        // "No patron lost" reads the absence of a reliance, which rests on D12.
        Assert.Equal(["D12"], rules["Posture.BalanceAloneWhenSettlementFailed"].AbsenceDecisions);
        // A rule that needs only input absent (a guarantee on the table) inherits nothing.
        Assert.Empty(rules["Commitment.NoSecurityGuaranteeGap"].AbsenceDecisions);
    }

    [Fact]
    public void CredibleVerdict_CarriesTheDecisionsOfTheGapsThatCouldHaveFired()
    {
        var commitment = Assert.Single(TestEngine.Assess(HistoricalScenarios.Find("1978-soviet-alliance")!).Commitments);

        Assert.True(commitment.Credible);
        Assert.Equal(["D11", "D16"], commitment.Decisions);
    }

    [Fact]
    public void Hedges_AreInheritedFromTheClaimsBeneath_AndShownBesideTheConclusion()
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!);

        // RaisedExpectations cites C53 only; the power's being limited to the sea, beneath it, is C33's hedged "is likely to limit".
        var raised = assessment.Risks.Single(r => r.Risk == Risk.RaisedExpectations);
        Assert.DoesNotContain("C33", raised.Claims);
        Assert.Contains("C33", raised.Hedges);
        Assert.Contains("raised expectations (with United States)  [C53 ¶12; hedged: C33 ¶9 (\"is likely to limit\")]", TextReport.Render(assessment), StringComparison.Ordinal);
        // Everything drawn while balancing rests on C06's "has been open to" (the patron's standing).
        Assert.Contains("C06", assessment.Needs.Single(n => n.Need == Need.LongTermResolve).Hedges);
        // A conclusion with no hedged claim beneath carries none: seeking a settlement (C02, C20).
        Assert.Empty(TestEngine.Assess(HistoricalScenarios.Find("1977-settlement-attempt")!).Posture.Hedges);
    }
}
