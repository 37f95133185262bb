using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests;

/// <summary>
/// The rulebook is versioned like an API: what it concludes is its contract. A fingerprint of
/// every conclusion over the decision table and the built-in episodes is recorded per version in
/// <c>src/AllianceRules/rulebook-versions.json</c>, so a change to what the rules conclude fails
/// here until the accept command records it under a new version (docs/changing-a-rule.md).
/// </summary>
public class RulebookVersionTests
{
    [Fact]
    public void Current_IsSemVer()
    {
        Assert.Matches(@"^\d+\.\d+\.\d+$", RulebookVersion.Current);
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Current_IsTheLastVersionRecorded()
    {
        // An accept run that bumps the version records it before this build carries it.
        var current = Accept.Writes ? RulebookVersions.Accepted : RulebookVersion.Current;
        var recorded = RulebookVersions.Recorded();

        Assert.Equal(recorded[^1].Version, current);
        Assert.Equal(recorded.Count, recorded.Select(e => e.Version).Distinct().Count());
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Conclusions_MatchTheFingerprintOfTheCurrentVersion()
    {
        if (Accept.Writes)
        {
            // Records the new version when the conclusions moved; the next build carries it.
            _ = RulebookVersions.Accepted;
            return;
        }

        Assert.True(
            RulebookVersions.CurrentMatches,
            $"The rulebook's conclusions have fingerprint {RulebookVersions.Fingerprint}, which is not the one recorded for rulebook " +
            $"{RulebookVersion.Current} in {RulebookVersions.RelativePath}: the conclusions moved. {Accept.Hint}: it records the " +
            $"fingerprint under rulebook {RulebookVersions.Bump(RulebookVersion.Current, major: false)} (ALLIANCERULES_ACCEPT=major for " +
            $"{RulebookVersions.Bump(RulebookVersion.Current, major: true)}); the snapshots' diff shows which conclusions moved.");
    }

    [Fact]
    public void Unstamp_ReplacesThisBuildsVersion_NotTheVersionAChangeWasMadeIn()
    {
        var v = RulebookVersion.Current;

        // "since rulebook X" is history: it must read the same after the next bump, or the accept
        // run that bumps the version writes a snapshot the bumped build no longer matches.
        Assert.Equal(
            "Backtest of rulebook (current); post hoc: posture matches since rulebook " + v,
            RulebookVersions.Unstamp($"Backtest of rulebook {v}; post hoc: posture matches since rulebook {v}"));
    }

    [Fact]
    public void Bump_Minor_And_Major()
    {
        Assert.Equal("2.1.0", RulebookVersions.Bump("2.0.3", major: false));
        Assert.Equal("3.0.0", RulebookVersions.Bump("2.4.1", major: true));
    }

    [Fact]
    public void EveryAssessment_ReportsTheCurrentVersion()
    {
        Assert.All(HistoricalScenarios.All, s => Assert.Equal(RulebookVersion.Current, TestEngine.Assess(s).Rulebook));
    }
}
