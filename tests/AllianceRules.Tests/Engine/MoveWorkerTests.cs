using System.Runtime.CompilerServices;
using AllianceRules.Engine;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Engine;

public class MoveWorkerTests
{
    [Fact]
    public void ATimedSessionDropped_IsNotKeptAliveByItsIdleWorker()
    {
        // The worker idles a while before it ends; in that while it must not hold the session it
        // last fired for (each web request, or each block of a sweep, drops one), or every dropped
        // session and its working memory lives on until its worker ends.
        var session = MoveOnceAndDrop();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(session.IsAlive);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference MoveOnceAndDrop()
    {
        var assessor = TestEngine.Assessor;
        var session = new EngineSession(assessor.SessionFactory, AllianceRulesOptions.DefaultMaxRuleFirings, assessor.AidBenchmark, TimeSpan.FromMinutes(1));
        Assert.NotEmpty(session.MoveTo(ValidScenario.From(HistoricalScenarios.All[0])));
        return new WeakReference(session);
    }
}
