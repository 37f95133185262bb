using AllianceRules;
using AllianceRules.Scenarios;

namespace AllianceRules.Benchmarks;

/// <summary>
/// <c>-- --pair</c>: <c>Assess</c> against NRules alone on the same facts, interleaved in one process
/// (20 rounds of 300 of each per built-in, after a warm-up), timed by the process's CPU time, which
/// other processes' load inflates far less than wall time. Only public API and NRules are used, so
/// the same loop compiled against an earlier commit gives the "before" of docs/performance.md.
/// </summary>
internal static class PairedProbe
{
    public static void Run()
    {
        var assessor = new AllianceAssessor();
        var floor = new EngineFloorBenchmarks();
        var scenarios = HistoricalScenarios.All;
        var facts = scenarios.Select(EngineFloorBenchmarks.FactsOf).ToArray();
        const int n = 300;
        for (var w = 0; w < 3000; w++)
        {
            assessor.Assess(scenarios[w % scenarios.Count]);
            floor.InsertFire(facts[w % facts.Length]);
        }

        double assessCpu = 0, floorCpu = 0;
        long assessBytes = 0, floorBytes = 0;
        for (var round = 0; round < 20; round++)
        {
            for (var i = 0; i < scenarios.Count; i++)
            {
                var bytes0 = GC.GetAllocatedBytesForCurrentThread();
                var cpu0 = Environment.CpuUsage.TotalTime.TotalMicroseconds;
                for (var k = 0; k < n; k++)
                {
                    assessor.Assess(scenarios[i]);
                }

                var cpu1 = Environment.CpuUsage.TotalTime.TotalMicroseconds;
                var bytes1 = GC.GetAllocatedBytesForCurrentThread();
                for (var k = 0; k < n; k++)
                {
                    floor.InsertFire(facts[i]);
                }

                var cpu2 = Environment.CpuUsage.TotalTime.TotalMicroseconds;
                var bytes2 = GC.GetAllocatedBytesForCurrentThread();
                assessCpu += cpu1 - cpu0;
                floorCpu += cpu2 - cpu1;
                assessBytes += bytes1 - bytes0;
                floorBytes += bytes2 - bytes1;
            }
        }

        var ops = 20.0 * n * scenarios.Count;
        Console.WriteLine(
            $"Assess {assessCpu / ops:0.0} us CPU, {assessBytes / ops / 1024:0.0} KB; NRules alone {floorCpu / ops:0.0} us CPU, {floorBytes / ops / 1024:0.0} KB; " +
            $"ratio {assessCpu / floorCpu:0.000} time, {(double)assessBytes / floorBytes:0.000} allocation");
    }
}
