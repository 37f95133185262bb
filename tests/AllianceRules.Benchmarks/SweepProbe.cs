using System.Diagnostics;
using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Benchmarks;

/// <summary>
/// A quick look at the sweeps while working (<c>-- --sweep [rounds]</c>): the decision table and
/// the same sweep with NRules alone, interleaved round by round so that both see the same load,
/// by wall time and by the process's CPU time; then the what-if of 2021-harris-visit. With
/// <c>-- --loop table|whatif|lint N</c> it only repeats one of them, for a profiler to watch.
/// The numbers that count come from BenchmarkDotNet (<c>SweepBenchmarks</c>).
/// </summary>
internal static class SweepProbe
{
    public static void Run(int rounds)
    {
        var sweeps = new SweepBenchmarks();
        sweeps.Setup();
        for (var i = 0; i < 3; i++)
        {
            sweeps.DecisionTableSweep();
            sweeps.DecisionTableSweepNRulesAlone();
        }

        var ours = new List<(double Wall, double Cpu)>();
        var alone = new List<(double Wall, double Cpu)>();
        var (oursBytes, oursPause, aloneBytes, alonePause) = (0L, TimeSpan.Zero, 0L, TimeSpan.Zero);
        for (var i = 0; i < rounds; i++)
        {
            var (bytes, pause) = (GC.GetTotalAllocatedBytes(true), GC.GetTotalPauseDuration());
            ours.Add(Measure(() => sweeps.DecisionTableSweep()));
            (oursBytes, oursPause) = (oursBytes + GC.GetTotalAllocatedBytes(true) - bytes, oursPause + GC.GetTotalPauseDuration() - pause);
            (bytes, pause) = (GC.GetTotalAllocatedBytes(true), GC.GetTotalPauseDuration());
            alone.Add(Measure(() => sweeps.DecisionTableSweepNRulesAlone()));
            (aloneBytes, alonePause) = (aloneBytes + GC.GetTotalAllocatedBytes(true) - bytes, alonePause + GC.GetTotalPauseDuration() - pause);
        }

        Console.WriteLine($"allocated per row: ours {oursBytes / rounds / 1024.0 / DecisionTable.InputSpaceSize:0.0} KB, NRules alone {aloneBytes / rounds / 1024.0 / DecisionTable.InputSpaceSize:0.0} KB; GC pauses per sweep (with the forced collection before each): ours {oursPause.TotalMilliseconds / rounds:0.0} ms, NRules alone {alonePause.TotalMilliseconds / rounds:0.0} ms");

        var (oursWall, oursCpu) = Median(ours);
        var (aloneWall, aloneCpu) = Median(alone);
        Console.WriteLine($"decision table: {oursWall:0.0} ms wall, {oursCpu:0.0} ms CPU (median of {rounds}) = {DecisionTable.InputSpaceSize / oursWall * 1000:0} scenarios/s");
        Console.WriteLine($"NRules alone:   {aloneWall:0.0} ms wall, {aloneCpu:0.0} ms CPU = {DecisionTable.InputSpaceSize / aloneWall * 1000:0} scenarios/s");
        Console.WriteLine($"ratio (NRules alone / ours): {aloneWall / oursWall:0.00} by wall time, {aloneCpu / oursCpu:0.00} by CPU time");

        // What a table's rows keep once the sweep is over: what every later collection must walk.
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var table = sweeps.DecisionTableSweep();
        var kept = GC.GetTotalMemory(forceFullCollection: true) - before;
        GC.KeepAlive(table);
        Console.WriteLine($"a table's rows keep {kept / 1024.0 / 1024.0:0.00} MB after the sweep ({kept / (double)table.Rows.Count:0} bytes a row)");
        for (var i = 0; i < 20; i++)
        {
            sweeps.WhatIfOneScenario();
        }

        var whatIf = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < 100; i++)
        {
            whatIf.Add(Measure(() => sweeps.WhatIfOneScenario()));
        }

        var (whatIfWall, whatIfCpu) = Median(whatIf);
        Console.WriteLine($"what-if of 2021-harris-visit: {whatIfWall:0.00} ms wall, {whatIfCpu:0.00} ms CPU (median of 100)");

        // The engine's floor under the what-if: the same neighbours (every single change, then every
        // pair, as the search assesses them), in as many blocks, with NRules alone.
        var neighbours = WhatIfNeighbours(HistoricalScenarios.Find("2021-harris-visit")!);
        var factory = EngineFloorBenchmarks.CompileRulebook();
        var floor = new List<(double Wall, double Cpu)>();
        for (var i = 0; i < 120; i++)
        {
            var measured = Measure(() => NRulesAlone(factory, neighbours));
            if (i >= 20)
            {
                floor.Add(measured);
            }
        }

        var (floorWall, floorCpu) = Median(floor);
        Console.WriteLine($"its {neighbours.Length} neighbours with NRules alone: {floorWall:0.00} ms wall, {floorCpu:0.00} ms CPU (median of 100)");
    }

    public static void Loop(string what, int count) => Loop(Prepare(), what, count);

    /// <summary>The benchmark class set up as a run of it is: the assessors built, the rulebook compiled, the points made.</summary>
    public static SweepBenchmarks Prepare()
    {
        var sweeps = new SweepBenchmarks();
        sweeps.Setup();
        return sweeps;
    }

    /// <summary>Repeats one sweep of <paramref name="sweeps"/> <paramref name="count"/> times and prints each run's time.</summary>
    public static void Loop(SweepBenchmarks sweeps, string what, int count)
    {
        Action once = what switch
        {
            "table" => () => sweeps.DecisionTableSweep(),
            "alone" => () => sweeps.DecisionTableSweepNRulesAlone(),
            "whatif" => () => sweeps.WhatIfOneScenario(),
            "lint" => () => TheoryLint.Run(),
            _ => throw new ArgumentException($"unknown loop '{what}': table, alone, whatif or lint"),
        };
        // Each run's time, so that a warm-up that lasts longer than a benchmark's warm-up shows.
        var sw = Stopwatch.StartNew();
        var each = new List<double>();
        for (var i = 0; i < count; i++)
        {
            var run = Stopwatch.StartNew();
            once();
            each.Add(run.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"{what}: {sw.Elapsed.TotalMilliseconds / count:0.00} ms each over {count}; run by run: {string.Join(' ', each.Select(ms => ms.ToString("0", System.Globalization.CultureInfo.InvariantCulture)))}");
    }

    /// <summary>The facts of every scenario one change from <paramref name="scenario"/>, then of every pair of changes, in the what-if's order.</summary>
    internal static object[][] WhatIfNeighbours(Scenario scenario)
    {
        var changes = ScenarioChanges.Candidates(scenario, AidBenchmark.Default, HeldInputs.Default(scenario))
            .Where(change => ValidScenario.TryFrom(ScenarioChanges.Apply(scenario, [change])) is not null)
            .ToArray();
        var singles = changes.Select(change => ScenarioChanges.Apply(scenario, [change]));
        var pairs = from i in Enumerable.Range(0, changes.Length)
                    from j in Enumerable.Range(i + 1, changes.Length - i - 1)
                    where changes[i].Field != changes[j].Field || changes[i].Field.EndsWith("[+]", StringComparison.Ordinal)
                    select ScenarioChanges.Apply(scenario, [changes[i], changes[j]]);
        return [.. singles.Concat(pairs).Where(s => ValidScenario.TryFrom(s) is not null).Select(EngineFloorBenchmarks.FactsOf)];
    }

    /// <summary>The scenarios in blocks as <c>AssessInBlocks</c> cuts them, each block in one session.</summary>
    private static int NRulesAlone(NRules.ISessionFactory factory, object[][] points) =>
        SweepBenchmarks.NRulesAloneInBlocks(factory, points, Math.Min(points.Length, Math.Clamp(points.Length / 64, Environment.ProcessorCount, Environment.ProcessorCount * 4)));

    /// <summary>Wall and process CPU time of one run, after a collection.</summary>
    internal static (double Wall, double Cpu) Measure(Action action)
    {
        GC.Collect();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        action();
        var wall = sw.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }

    private static (double Wall, double Cpu) Median(List<(double Wall, double Cpu)> samples) =>
        (samples.Select(s => s.Wall).Order().ElementAt(samples.Count / 2), samples.Select(s => s.Cpu).Order().ElementAt(samples.Count / 2));
}
