using AllianceRules;
using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Theory;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using NRules;

namespace AllianceRules.Benchmarks;

/// <summary>
/// The decision-table sweep (4,320 scenarios over both cores; scenarios/s = 4320 / mean), the
/// same sweep with NRules alone (each block of points moved through in one session: retract the
/// facts that go, insert those that come, fire; nothing recorded or built), and a what-if
/// exploration of one scenario.
/// </summary>
/// <remarks>
/// A fresh process runs both the table and NRules alone faster for its first 10–20 sweeps (tiered
/// compilation, and the collector sizing generation 0 to the allocation rate; <c>--loop table 30</c>
/// prints each run): the short job's three warm-up runs measured the table, the first benchmark of
/// the run, before it had warmed (0.20× NRules alone, against about 0.5× warmed). Twenty warm-up
/// runs and fifteen measured ones, in one process, measure both warmed. The class runs twice: with
/// the runtime's default collector (workstation, concurrent), which a library's host gets unless it
/// chooses, and with server GC, which the command line's long commands and ASP.NET Core hosts run
/// with.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(WarmedJobs))]
public class SweepBenchmarks
{
    private sealed class WarmedJobs : ManualConfig
    {
        public WarmedJobs()
        {
            var warmed = Job.Default.WithWarmupCount(20).WithIterationCount(15).WithLaunchCount(1);
            AddJob(warmed.WithId("WorkstationGC"));
            AddJob(warmed.WithGcServer(true).WithId("ServerGC"));
        }
    }

    private readonly AllianceAssessor _assessor = new();
    private readonly AllianceAssessor _verdictsOnly = new(new AllianceRulesOptions { CaptureJustification = false });
    private readonly ISessionFactory _factory = EngineFloorBenchmarks.CompileRulebook();
    private readonly Scenario _upgrade = HistoricalScenarios.Find("2021-harris-visit")!;
    private object[][] _points = [];

    [GlobalSetup]
    public void Setup()
    {
        var points = DecisionTable.InputSpace().ToArray();
        _points = [.. DecisionTable.TableSweepOrder().Select(i => EngineFloorBenchmarks.FactsOf(points[i].Scenario))];
    }

    [Benchmark(Baseline = true)]
    public DecisionTable DecisionTableSweep() => DecisionTable.Build(_assessor);

    [Benchmark]
    public DecisionTable DecisionTableSweepVerdictsOnly() => DecisionTable.Build(_verdictsOnly);

    [Benchmark]
    public int DecisionTableSweepNRulesAlone() => NRulesAloneInBlocks(_factory, _points, Environment.ProcessorCount * 4);

    /// <summary>NRules alone over <paramref name="points"/> in contiguous blocks on every core, each block moved through in one session.</summary>
    internal static int NRulesAloneInBlocks(ISessionFactory factory, object[][] points, int blocks)
    {
        var fired = new int[blocks];
        Parallel.For(0, blocks, block => fired[block] = MoveThrough(factory.CreateSession(), points[(points.Length * block / blocks)..(points.Length * (block + 1) / blocks)]));
        return fired.Sum();
    }

    /// <summary>Moves one session through the points: retract the facts that go, insert those that come, fire; nothing recorded or built.</summary>
    internal static int MoveThrough(ISession session, object[][] points)
    {
        var now = new HashSet<object>();
        var fired = 0;
        foreach (var point in points)
        {
            var next = new HashSet<object>(point);
            var gone = now.Where(f => !next.Contains(f)).ToArray();
            if (gone.Length > 0)
            {
                session.RetractAll(gone);
            }

            var added = next.Where(f => !now.Contains(f)).ToArray();
            if (added.Length > 0)
            {
                session.InsertAll(added);
            }

            fired += session.Fire();
            now = next;
        }

        return fired;
    }

    [Benchmark]
    public WhatIf WhatIfOneScenario() => WhatIf.Explore(_assessor, _upgrade);
}
