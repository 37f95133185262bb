using AllianceRules.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["--probe"])
{
    Probe.Run();
    return;
}

if (args is ["--pair"])
{
    PairedProbe.Run();
    return;
}

// A ratio against a baseline of another theory measures nothing: the benchmark that compares
// with it is left out, and the reason said, until the baseline encodes this rulebook again.
var benchmarks = typeof(Program).Assembly.GetTypes().Where(t => t.IsPublic && t.Name.EndsWith("Benchmarks", StringComparison.Ordinal));
if (HandWrittenRulebook.Stale is { } stale)
{
    Console.Error.WriteLine($"AssessBenchmarks refused (no ratios against a stale baseline): {stale}.");
    benchmarks = benchmarks.Where(t => t != typeof(AssessBenchmarks));
}

BenchmarkSwitcher.FromTypes([.. benchmarks]).Run(args);
