using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

/// <summary>Every drawn conclusion is traced: claims that exist, and a justification that reaches the input facts.</summary>
public class JustificationTreeTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    private static IEnumerable<(string Name, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because)> DrawnConclusions(Assessment a) =>
        new[] { ("posture", a.Posture.Claims, a.Posture.Because) }
            .Concat(a.Responses.Where(r => r.Decision != Decision.NoClaim).Select(r => ($"response {r.From} {r.Kind}", r.Claims, r.Because)))
            .Concat(a.Needs.Select(n => ($"need {n.Need}", n.Claims, n.Because)))
            .Concat(a.Commitments.Select(c => ($"commitment {c.Power}", c.Claims, c.Because)))
            .Concat(a.Commitments.SelectMany(c => c.Gaps).Select(g => ($"gap {g.Gap}", g.Claims, g.Because)))
            .Concat(a.Risks.Select(r => ($"risk {r.Risk}", r.Claims, r.Because)))
            .Concat(a.Outlook.Select(o => ($"outlook {o.Power}", o.Claims, o.Because)))
            .Concat(a.Advice.Select(x => ($"advice {x.Advice}", x.Claims, x.Because)));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void EveryDrawnConclusion_HasKnownClaimsAndATreeEndingInInputFacts(string id)
    {
        var assessment = TestEngine.Assess(HistoricalScenarios.Find(id)!);

        foreach (var (name, claims, because) in DrawnConclusions(assessment))
        {
            Assert.True(claims.Count > 0, $"{id}: {name} has no claims");
            Assert.All(claims, c => Assert.NotNull(ClaimCatalogue.Find(c)));
            Assert.True(because.Count > 0, $"{id}: {name} has no justification");
            Assert.All(because, j => AssertReachesInput(j, 0));
        }
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void NoClaimResponses_CarryNeitherClaimsNorJustification(string id)
    {
        var silent = TestEngine.Assess(HistoricalScenarios.Find(id)!).Responses.Where(r => r.Decision == Decision.NoClaim);

        Assert.All(silent, r =>
        {
            Assert.Empty(r.Claims);
            Assert.Empty(r.Because);
        });
    }

    [Theory]
    [InlineData("json")]
    [InlineData("md")]
    [InlineData("text")]
    public void Cli_TwoRuns_AreByteIdentical(string format)
    {
        var first = CliRun.Of("assess", "--builtin", "future-sharp-deterioration", "--format", format);
        var second = CliRun.Of("assess", "--builtin", "future-sharp-deterioration", "--format", format);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Stdout, second.Stdout);
    }

    private static void AssertReachesInput(Justification justification, int depth)
    {
        Assert.True(depth < 12, "the justification tree is deeper than the rulebook's layers");
        Assert.NotEmpty(justification.Matched);
        foreach (var fact in justification.Matched)
        {
            if (fact.Because is { } derived)
            {
                Assert.NotEmpty(derived);
                Assert.All(derived, j => AssertReachesInput(j, depth + 1));
            }
        }
    }
}
