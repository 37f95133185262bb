using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Testing;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Testing;

/// <summary>
/// The article's own expectations, written as scenario test files under <c>tests/theory/</c>, run
/// through the library so that <c>dotnet test</c> holds the rules to them (CI also runs them
/// through the CLI with a coverage threshold).
/// </summary>
public class TheoryTestFilesTests
{
    public const string Folder = TheoryExpectations.Folder;


    public static TheoryData<string> Files() => new(TheoryExpectations.Files());

    [Theory]
    [MemberData(nameof(Files))]
    public void Run_ArticleExpectations_EveryCasePasses(string file)
    {
        var results = TheoryExpectations.Shared.Results.Where(r => r.Test.File == RepositoryFiles.Path(file)).ToArray();
        var run = new ScenarioTestRun(results, TheoryExpectations.Shared.Coverage);

        Assert.NotEmpty(results);

        Assert.True(run.Failed == 0, ScenarioTestReport.RenderText(run, coverage: false));
    }

    [Fact]
    public void Find_TheoryFolder_HasAFilePerSectionOfTheRulebookAndTheEpisodes()
    {
        Assert.Equal(
            ["advice", "commitment", "episodes", "needs", "outlook", "posture", "responses", "risks"],
            ScenarioTestFiles.Find([RepositoryFiles.Path(Folder)]).Select(f => Path.GetFileName(f).Replace(ScenarioTestJson.FileSuffix, "", StringComparison.Ordinal)));
    }

    [Fact]
    public void Run_AllFiles_FireEveryRuleAndExerciseEveryClaimTheRulesCarry()
    {
        var coverage = TheoryExpectations.Shared.Coverage;

        // CI gates `alliance-rules test tests/theory` at this threshold: keep the two in step.
        Assert.Equal(100.0, coverage.RulePercent);
        Assert.Empty(coverage.RulesNotFired);
        Assert.Empty(coverage.ClaimsNotExercised);
        Assert.Contains("--threshold 100", RepositoryFiles.Read(".ci/run"), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_EveryBuiltInEpisode_HasACase()
    {
        var covered = TheoryExpectations.Shared.Results.Select(r => r.Test.Scenario.Id).OfType<string>().ToHashSet();

        Assert.All(HistoricalScenarios.All, episode => Assert.Contains(episode.Id!, covered));
    }
}
