using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>
/// One shared assessor on one thread and on two: <see cref="Assessments"/> assessments of the
/// built-in scenarios, split evenly between the threads. The mean is per assessment (wall time),
/// so the two-thread speed-up is the one-thread mean over the two-thread mean (ideal: 2 on two
/// cores). NRules alone, the same way, shows how far the engine itself scales.
/// </summary>
[MemoryDiagnoser]
public class ThreadsBenchmarks
{
    /// <summary>Assessments per invocation, over all threads.</summary>
    public const int Assessments = 800;

    private readonly AllianceAssessor _assessor = new();
    private readonly EngineFloorBenchmarks _floor = new();
    private readonly object[][] _facts = [.. HistoricalScenarios.All.Select(EngineFloorBenchmarks.FactsOf)];

    [Params(1, 2)]
    public int Threads { get; set; }

    [GlobalSetup]
    public void Setup() => Run(_assessor, Threads, 50);

    [Benchmark(Baseline = true, OperationsPerInvoke = Assessments)]
    public int AssessBuiltIns() => Run(_assessor, Threads, Assessments / Threads);

    /// <summary>The same work with NRules alone (a new session per scenario, insert, fire): how far the engine itself scales.</summary>
    [Benchmark(OperationsPerInvoke = Assessments)]
    public int NRulesAloneBuiltIns() => RunEach(Threads, Assessments / Threads, (slot, i) => _floor.InsertFire(_facts[(i + slot) % _facts.Length]));

    /// <summary>Assesses <paramref name="perThread"/> built-ins on each of <paramref name="threads"/> threads at once.</summary>
    /// <returns>How many conclusions were drawn in all, so that nothing is optimised away.</returns>
    public static int Run(AllianceAssessor assessor, int threads, int perThread)
    {
        var scenarios = HistoricalScenarios.All;
        return RunEach(threads, perThread, (slot, i) => assessor.Assess(scenarios[(i + slot) % scenarios.Count]).Needs.Count);
    }

    /// <summary>Runs <paramref name="work"/> <paramref name="perThread"/> times on each of <paramref name="threads"/> threads at once.</summary>
    private static int RunEach(int threads, int perThread, Func<int, int, int> work)
    {
        var drawn = new int[threads];
        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            var slot = t;
            workers[t] = new Thread(() =>
            {
                for (var i = 0; i < perThread; i++)
                {
                    drawn[slot] += work(slot, i);
                }
            });
            workers[t].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        return drawn.Sum();
    }
}
