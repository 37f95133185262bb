using AllianceRules.Claims;
using AllianceRules.Testing;

namespace AllianceRules.Tests.Testing;

public class TheoryCoverageTests
{
    private static readonly RuleDescription[] Rules =
    [
        new("B.Second", "", ["C02", "C03"], []),
        new("A.First", "", ["C01"], ["D1"]),
        new("C.Third", "", ["C03"], []),
    ];

    [Fact]
    public void Of_SomeRulesFired_CountsRulesAndTheClaimsTheyCarry()
    {
        var coverage = TheoryCoverage.Of(["C.Third", "C.Third", "Amendment.Other"], Rules);

        Assert.Equal(["C.Third"], coverage.RulesFired);
        Assert.Equal(["A.First", "B.Second"], coverage.RulesNotFired);
        Assert.Equal(["C03"], coverage.ClaimsExercised);
        Assert.Equal(["C01", "C02"], coverage.ClaimsNotExercised);
        Assert.Equal((3, 3), (coverage.Rules, coverage.Claims));
        Assert.Equal(100.0 / 3, coverage.RulePercent);
    }

    [Fact]
    public void Of_NothingFired_IsZeroPercent()
    {
        var coverage = TheoryCoverage.Of([], Rules);

        Assert.Equal((0.0, 0.0), (coverage.RulePercent, coverage.ClaimPercent));
    }
}
