using AllianceRules.Claims;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;
using AllianceRules.Weighing;

namespace AllianceRules.Tests.Weighing;

/// <summary>
/// The weighing of the article's rulebook, run once for the class (every reading alone and every
/// pair): what each alternative moves, checked against the theory diff of the same amendment, and
/// docs/weighing.md generated from it.
/// </summary>
[Collection(SweepsOnEveryCore.Name)]
public class ReadingWeightsTests
{
    private static readonly Lazy<ReadingWeights> Full = new(() => ReadingWeights.Weigh());

    [Fact]
    public void EveryAlternative_MovesARowOrAnEpisode_OrItsDecisionSaysItMovesNothing()
    {
        foreach (var weight in Full.Value.Readings)
        {
            var alternative = DecisionCatalogue.Find(weight.Decisions[0])!.Alternative!;
            var moves = weight.RowsMoved + weight.EpisodesMoved.Count;
            if (alternative.MovesNothing is null)
            {
                Assert.True(moves > 0, $"{weight.Decisions[0]}'s alternative moves no row and no episode: record why in its decision (alternative.movesNothing), or the decision adds nothing");
            }
            else
            {
                Assert.True(moves == 0, $"{weight.Decisions[0]} says its alternative moves nothing, but it moves {weight.RowsMoved} rows and {weight.EpisodesMoved.Count} episodes");
            }
        }
    }

    [Fact]
    public void Weigh_EveryReadingOnce_RankedByRowsThenEpisodesThenFields()
    {
        var readings = Full.Value.Readings;

        Assert.Equal(AlternativeReadings.All.Select(r => r.Decision.Id).Order(StringComparer.Ordinal), readings.Select(r => r.Decisions.Single()).Order(StringComparer.Ordinal));
        Assert.All(readings.Zip(readings.Skip(1)), pair => Assert.True(
            (pair.First.RowsMoved, pair.First.EpisodesMoved.Count, pair.First.FieldsChanged).CompareTo((pair.Second.RowsMoved, pair.Second.EpisodesMoved.Count, pair.Second.FieldsChanged)) >= 0,
            $"{pair.First.Decisions[0]} is ranked above {pair.Second.Decisions[0]}"));
        var readingCount = AlternativeReadings.All.Count;
        var pairs = readingCount * (readingCount - 1) / 2;
        Assert.Equal((4320, HistoricalScenarios.All.Count, pairs, pairs), (Full.Value.TableRows, Full.Value.Episodes.Count, Full.Value.Pairs, Full.Value.PairsWeighed));
        Assert.Equal(4340L * (1 + readingCount + pairs), Full.Value.Assessments);
    }

    [Theory]
    [InlineData("D2")]
    [InlineData("D12")]
    [InlineData("D13")]
    [InlineData("D16")]
    [InlineData("D25")]
    [InlineData("D28")]
    public void AReadingAlone_MovesWhatTheTheoryDiffOfItsAmendmentMoves(string id)
    {
        // The weighing's own comparison against the one the theory diff makes for a pull request,
        // which compiles the amendment and sweeps every row: the weighing compiles once and sweeps
        // only the rows a reading's rules are involved in, and the readings that add rules (D2, D12,
        // D13, D16, D28) check that the rules it adds are seen wherever they would fire.
        var options = new AllianceRulesOptions { CaptureJustification = false };
        AlternativeReadings.Find(id)!.Apply(options);
        var diff = TheoryDiff.Compare(new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false }), new AllianceAssessor(options));
        var weight = Full.Value.Readings.Single(r => r.Decisions[0] == id);

        Assert.Equal(diff.Rows.Count, weight.RowsMoved);
        Assert.Equal(diff.Conclusions.Select(c => c.Scenario).Distinct().Order(StringComparer.Ordinal), weight.EpisodesMoved.Order(StringComparer.Ordinal));
        var classes = diff.Rows.SelectMany(r => r.Changes.Select(c => (Class: ConclusionChange.ClassOf(c.Conclusion), c.Before, c.After, r.After.InputKey)))
            .Distinct()
            .GroupBy(c => (c.Class, c.Before, c.After))
            .ToDictionary(g => g.Key, g => g.Count());
        Assert.All(weight.Classes.Where(c => c.Rows > 0), c => Assert.Equal(classes[(c.Conclusion, c.Before, c.After)], c.Rows));
        Assert.Equal(classes.Count, weight.Classes.Count(c => c.Rows > 0));
        Assert.Equal(diff.BacktestAfter!.Sets.Select(s => s.Theory), weight.Scores.Select(s => s.After));
    }

    [Fact]
    public void Interactions_MoveMoreThanTheirTwoReadingsAlone()
    {
        var alone = Full.Value.Readings.ToDictionary(r => r.Decisions[0]);
        Assert.All(Full.Value.Interactions, pair =>
        {
            Assert.Equal(2, pair.Decisions.Count);
            Assert.Equal(alone[pair.Decisions[0]].RowsMoved + alone[pair.Decisions[1]].RowsMoved, pair.RowsMovedAlone);
            Assert.True(pair.RowsMoved > pair.RowsMovedAlone || pair.EpisodesMoved.Count > pair.EpisodesMovedAlone);
            Assert.True(pair.RowsOnlyTogether > 0 || pair.EpisodesOnlyTogether.Count > 0, "moving more than the sum means some row or episode moves only together");
        });
    }

    [Fact]
    public void Weigh_ABudgetShortOfTheReadingsAlone_IsRefused_AndOneThatCoversThemWeighsNoPair()
    {
        var minimum = ReadingWeights.MinimumMaxAssessments;
        var readingCount = AlternativeReadings.All.Count;
        Assert.Equal(4340 * (1 + readingCount), minimum);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ReadingWeights.Weigh(maxAssessments: 10_000));
        Assert.Contains(minimum.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Message, StringComparison.Ordinal);

        var reports = new System.Collections.Concurrent.ConcurrentBag<AllianceRules.Diagnostics.SweepProgress>();
        var singles = ReadingWeights.Weigh(maxAssessments: minimum, progress: new Tests.Diagnostics.ProgressTests.Synchronous(reports.Add));
        Assert.Equal((0, readingCount * (readingCount - 1) / 2), (singles.PairsWeighed, singles.Pairs));
        // A sweep of 4,340 scenarios for the rulebook and one for each reading, and the pass over the 4,320 rows that finds the rules each involves.
        Assert.All(reports, r => Assert.Equal(minimum + DecisionTable.InputSpaceSize, r.Total));
        Assert.Equal(minimum + DecisionTable.InputSpaceSize, reports.Max(r => r.Done));
        Assert.Empty(singles.Interactions);
        Assert.Equal(WeighingReport.RenderJson(Full.Value with { Interactions = [], PairsWeighed = 0, Assessments = minimum, MaxAssessments = minimum }), WeighingReport.RenderJson(singles));
    }

    [Fact]
    public void Weigh_Cancelled_Throws()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ReadingWeights.Weigh(cancellationToken: cancel.Token));
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Docs_Weighing_IsFresh()
    {
        GeneratedDocs.AssertFreshSection("docs/weighing.md", "weighing", WeighingReport.RenderMarkdown(Full.Value));
    }

    [Fact]
    [Trait("Category", Accept.Category)]
    public void Report_MatchesSnapshot()
    {
        Snapshots.Match(WeighingReport.RenderText(Full.Value), "weighing.txt");
    }
}
