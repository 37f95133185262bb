using System.Text;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

/// <summary>
/// docs/gallery holds the Markdown report of every built-in scenario, as the CLI prints it. The
/// test regenerates each page and fails if the committed one differs, so the docs cannot drift
/// from the rules (the accept command, ALLIANCERULES_ACCEPT=true dotnet test, rewrites them). The
/// gallery is the one place every episode's report is pinned; it is not also a snapshot.
/// </summary>
public class GalleryTests
{
    public static TheoryData<string> BuiltInIds() => new(HistoricalScenarios.All.Select(s => s.Id!));

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    [Trait("Category", Accept.Category)]
    public void GalleryPage_IsWhatTheCliPrints(string id)
    {
        var run = CliRun.Of("assess", "--builtin", id, "--format", "md");
        Assert.Equal(0, run.ExitCode);

        GeneratedDocs.AssertFresh($"docs/gallery/{id}.md", run.Stdout);
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void GalleryIndex_ListsEveryBuiltIn()
    {
        var index = new StringBuilder("# Gallery\n\n")
            .Append("The Markdown report of every built-in scenario, as `alliance-rules assess --builtin ID --format md` prints it.\n")
            .Append("Generated and checked fresh by `GalleryTests`; ").Append(GeneratedDocs.UpdateHint).Append(".\n\n")
            .Append("| scenario | date | posture |\n|---|---|---|\n");
        foreach (var scenario in HistoricalScenarios.All)
        {
            var posture = TestEngine.Assess(scenario).Posture.Value;
            index.Append($"| [{scenario.Title}]({scenario.Id}.md) | {scenario.Date} | {posture} |\n");
        }

        GeneratedDocs.AssertFresh("docs/gallery/README.md", index.ToString());
    }
}
