using System.Diagnostics;
using AllianceRules;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Benchmarks;

/// <summary>
/// A quick look while working (<c>-- --probe</c>): warmed-up timings of one assessment per
/// built-in and of the decision-table sweep. The numbers that count come from BenchmarkDotNet.
/// </summary>
internal static class Probe
{
    public static void Run()
    {
        var sw = Stopwatch.StartNew();
        var assessor = new AllianceAssessor();
        assessor.Assess(HistoricalScenarios.All[0]);
        Console.WriteLine($"new assessor, first assessment: {sw.ElapsedMilliseconds} ms");

        var scenarios = HistoricalScenarios.All;
        Time("assess (with justification)", 20_000, i => assessor.Assess(scenarios[i % scenarios.Count]));
        var floor = new EngineFloorBenchmarks();
        var facts = scenarios.Select(EngineFloorBenchmarks.FactsOf).ToArray();
        Time("NRules alone (new session, insert, fire)", 20_000, i => floor.InsertFire(facts[i % facts.Length]));
        var verdicts = new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false });
        Time("assess (verdicts only)", 20_000, i => verdicts.Assess(scenarios[i % scenarios.Count]));
        if (HandWrittenRulebook.Stale is { } stale)
        {
            Console.WriteLine($"hand-written: not timed, {stale}");
        }
        else
        {
            Time("hand-written", 200_000, i => HandWrittenRulebook.Assess(scenarios[i % scenarios.Count]));
        }

        var harris = HistoricalScenarios.Find("2021-harris-visit")!;
        Time("assess 2021-harris-visit", 5_000, _ => assessor.Assess(harris));
        var harrisAssessment = assessor.Assess(harris);
        Time("its assessment JSON (AssessmentJson.Serialize)", 5_000, _ => Rendering.AssessmentJson.Serialize(harrisAssessment));
        Time("explain a drawn value (posture) of 2021-harris-visit", 5_000, _ => assessor.Explain(harris, "posture"));
        Time("what-if of 2021-harris-visit", 200, _ => assessor.Explore(harris));
        foreach (var threads in new[] { 1, 2 })
        {
            Time($"800 assessments on {threads} thread(s)", 10, _ => ThreadsBenchmarks.Run(assessor, threads, 800 / threads));
        }

        for (var i = 0; i < 5; i++)
        {
            DecisionTable.Build(assessor);
        }

        var best = double.MaxValue;
        for (var i = 0; i < 10; i++)
        {
            sw.Restart();
            var table = DecisionTable.Build(assessor);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"decision table: best of 10 {best * 1000:0.0} ms = {DecisionTable.InputSpace().Count() / best:0} scenarios/s");
    }

    private static void Time(string label, int count, Action<int> action)
    {
        for (var i = 0; i < count; i++)
        {
            action(i);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        var sw = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            action(i);
        }

        Console.WriteLine($"{label}: {sw.Elapsed.TotalMicroseconds / count:0.00} us, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / count:0.0} KB each (mean over the built-ins)");
    }
}
