using System.Diagnostics;
using AllianceRules;

namespace AllianceRules.Benchmarks;

internal static class Probe
{
    public static void Run()
    {
        var sw = Stopwatch.StartNew();
        var assessor = new AllianceAssessor();
        assessor.Assess(HistoricalScenarios.All[0]);
        Console.WriteLine($"first assessment: {sw.ElapsedMilliseconds} ms");
        foreach (var s in HistoricalScenarios.All) assessor.Assess(s);
        var n = 2000;
        var before = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (var i = 0; i < n; i++) assessor.Assess(HistoricalScenarios.All[i % HistoricalScenarios.All.Count]);
        var us = sw.Elapsed.TotalMicroseconds / n;
        var kb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / n;
        Console.WriteLine($"assess: {us:0.0} us, {kb:0.0} KB per assessment");
        before = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (var i = 0; i < n; i++) assessor.Derive(HistoricalScenarios.All[i % HistoricalScenarios.All.Count]);
        Console.WriteLine($"derive only: {sw.Elapsed.TotalMicroseconds / n:0.0} us, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / n:0.0} KB");
        var shallow = new AllianceAssessor(new AllianceRulesOptions { CaptureJustification = false });
        shallow.Assess(HistoricalScenarios.All[0]);
        before = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (var i = 0; i < n; i++) shallow.Assess(HistoricalScenarios.All[i % HistoricalScenarios.All.Count]);
        Console.WriteLine($"assess without justification: {sw.Elapsed.TotalMicroseconds / n:0.0} us, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / n:0.0} KB");
        before = GC.GetAllocatedBytesForCurrentThread();
        sw.Restart();
        for (var i = 0; i < n * 10; i++) HandWrittenRulebook.Assess(HistoricalScenarios.All[i % HistoricalScenarios.All.Count]);
        Console.WriteLine($"hand-written: {sw.Elapsed.TotalMicroseconds / n / 10:0.00} us, {(GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / n / 10:0.0} KB");
        sw.Restart();
        var table = AllianceRules.Theory.DecisionTable.Build(assessor);
        Console.WriteLine($"table: {table.Rows.Count} rows in {sw.ElapsedMilliseconds} ms = {table.Rows.Count / sw.Elapsed.TotalSeconds:0} /s");
    }
}
