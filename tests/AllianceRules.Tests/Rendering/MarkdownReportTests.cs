using System.Text;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Cli;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rendering;

public class MarkdownReportTests
{
    /// <summary>The Markdown format is pinned on two episodes; every episode's page is in docs/gallery, checked fresh by <see cref="GalleryTests"/>.</summary>
    public static TheoryData<string> FormatIds() => new("1978-soviet-alliance", "future-sharp-deterioration");

    [Theory]
    [MemberData(nameof(FormatIds))]
    [Trait("Category", Accept.Category)]
    public void Render_BuiltInScenario_MatchesSnapshot(string id)
    {
        var markdown = MarkdownReport.Render(TestEngine.Assess(HistoricalScenarios.Find(id)!));

        Snapshots.Match(markdown, $"{id}.md");
    }

    [Fact]
    public void Render_SharpDeterioration_HasTablesClaimsAndAMermaidFlowchart()
    {
        var markdown = MarkdownReport.Render(TestEngine.Assess(HistoricalScenarios.Find("future-sharp-deterioration")!));

        Assert.StartsWith("# Hypothetical: relations deteriorate sharply\n", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("## Summary", StringComparison.Ordinal) < markdown.IndexOf("## Posture", StringComparison.Ordinal));
        Assert.Contains("| balance against the neighbour | C05 ¶3, C19 ¶7, C20 ¶7 | `Posture.BalanceWithPatronWhenSettlementFailed` |", markdown, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nflowchart LR\n", markdown, StringComparison.Ordinal);
        Assert.Contains("[\"United States offers security guarantee (sea)\"]", markdown, StringComparison.Ordinal);
        Assert.Contains("{{\"commitment of United States falls short: no protection on land\"}}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NoClaimResponse_SaysTheArticleIsSilent()
    {
        var markdown = MarkdownReport.Render(TestEngine.Assess(HistoricalScenarios.Find("1991-normalization")!));

        Assert.Contains("| Soviet Union | alliance treaty | no claim | — | — (the article is silent: the article says nothing of offers while the hedging state gives in on the neighbour's terms (C26)) |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_NoClaimFromANonPatron_NamesTheClaimThatScopesTheArticle()
    {
        var scenario = new Scenario
        {
            Relation = new Facts.RelationState { Level = Facts.RelationLevel.Stable },
            Powers = [Support.Build.Power("Friend", stance: Facts.Stance.Rapprochement)],
            Offers = [Support.Build.Offer("Friend", Facts.OfferKind.PartnershipUpgrade)],
        };

        var text = TextReport.Render(TestEngine.Assess(scenario));

        Assert.Contains("  Friend, partnership upgrade: no claim\n    the article is silent: Friend is not a candidate patron, and the article speaks only of extra-regional powers that contain the neighbour (C08)\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Twice_IsByteIdentical()
    {
        var scenario = HistoricalScenarios.Find("2014-2019-maritime-coercion")!;

        Assert.Equal(MarkdownReport.Render(TestEngine.Assess(scenario)), MarkdownReport.Render(TestEngine.Assess(scenario)));
    }
}
