using System.Collections.Concurrent;
using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;
using AllianceRules.Theory;

namespace AllianceRules.Tests.Diagnostics;

/// <summary>Long work shows how far it has come and stops when asked, between assessments.</summary>
public class ProgressTests
{
    [Fact]
    public void DecisionTable_ReportsItsProgress_UpToEveryRow()
    {
        var reports = new ConcurrentQueue<SweepProgress>();

        DecisionTable.Build(TestEngine.Assessor, new Synchronous(reports.Enqueue));

        Assert.All(reports, r => Assert.Equal(DecisionTable.InputSpaceSize, r.Total));
        Assert.Contains(reports, r => r.Done == DecisionTable.InputSpaceSize);
        Assert.True(reports.Count >= DecisionTable.InputSpaceSize / 64);
    }

    [Fact]
    public void DecisionTable_CancelledMidway_StopsWithinOneBlock()
    {
        var assessor = new AllianceAssessor();
        using var cancel = new CancellationTokenSource();
        var blockSize = DecisionTable.InputSpaceSize / (Environment.ProcessorCount * 4);

        Assert.ThrowsAny<OperationCanceledException>(() => DecisionTable.Build(assessor, new Synchronous(_ => cancel.Cancel()), cancel.Token));

        // Cancelled at the first report (64 rows); each running block stops at its next assessment.
        Assert.InRange(assessor.AssessmentsBuilt, 64, 64 + blockSize);
    }

    [Fact]
    public void Explore_ReportsTheSearch()
    {
        var reports = new ConcurrentQueue<SweepProgress>();

        var whatIf = TestEngine.Assessor.Explore(HistoricalScenarios.Find("1978-soviet-alliance")!, new Synchronous(reports.Enqueue));

        Assert.Equal(whatIf.Assessed, reports.Max(r => r.Done));
    }

    /// <summary>Reports on the reporting thread: Progress&lt;T&gt; would post to a pool thread and race the assertions.</summary>
    internal sealed class Synchronous(Action<SweepProgress> report) : IProgress<SweepProgress>
    {
        public void Report(SweepProgress value) => report(value);
    }
}
