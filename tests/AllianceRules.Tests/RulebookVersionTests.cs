using System.Security.Cryptography;
using System.Text;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests;

/// <summary>
/// The rulebook is versioned like an API: what it concludes is its contract. A fingerprint of
/// every conclusion over the decision table and the built-in episodes is recorded per version,
/// so a change to what the rules conclude fails here until <see cref="RulebookVersion.Current"/>
/// is bumped and the new fingerprint recorded (docs/changing-a-rule.md).
/// </summary>
public class RulebookVersionTests
{
    /// <summary>Each released rulebook version and the fingerprint of its conclusions.</summary>
    private static readonly Dictionary<string, string> Fingerprints = new()
    {
        ["1.0.0"] = "0faac655850b8d01",
        ["2.0.0"] = "46630b9409740a53",
    };

    [Fact]
    public void Current_IsSemVer()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", RulebookVersion.Current);
    }

    [Fact]
    public void Conclusions_MatchTheFingerprintOfTheCurrentVersion()
    {
        var fingerprint = Fingerprint();

        Assert.True(
            Fingerprints.TryGetValue(RulebookVersion.Current, out var recorded) && recorded == fingerprint,
            $"The rulebook's conclusions have fingerprint {fingerprint}, which is not the one recorded for rulebook {RulebookVersion.Current}. " +
            "If the change is meant, bump RulebookVersion.Current (a changed conclusion is a major change of the theory), " +
            "record the fingerprint here under the new version and add a CHANGELOG entry; see docs/changing-a-rule.md.");
    }

    [Fact]
    public void EveryAssessment_ReportsTheCurrentVersion()
    {
        Assert.All(HistoricalScenarios.All, s => Assert.Equal(RulebookVersion.Current, TestEngine.Assess(s).Rulebook));
    }

    /// <summary>What the rules conclude (not how they explain it) over the decision table and every built-in episode.</summary>
    private static string Fingerprint()
    {
        var text = new StringBuilder();
        foreach (var row in DecisionTable.Build(TestEngine.Assessor).Rows)
        {
            text.Append(row.InputKey).Append('\n');
            Append(text, row.Conclusions ?? throw new InvalidOperationException($"row {row.InputKey}: {row.Error}"));
        }

        foreach (var scenario in HistoricalScenarios.All)
        {
            text.Append('\n').Append(scenario.Id).Append('\n');
            Append(text, ConclusionMap.Of(TestEngine.Assess(scenario)));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    private static void Append(StringBuilder text, ConclusionMap conclusions)
    {
        foreach (var (key, value) in conclusions)
        {
            text.Append(key).Append('=').Append(value).Append('\n');
        }
    }
}
