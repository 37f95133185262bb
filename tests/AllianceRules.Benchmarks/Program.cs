using AllianceRules.Benchmarks;
using BenchmarkDotNet.Running;

if (args is ["--probe"])
{
    Probe.Run();
    return;
}

if (args is ["--sweep", ..] && (args.Length == 1 || int.TryParse(args[1], out _)))
{
    SweepProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 15);
    return;
}

if (args is ["--split", ..])
{
    SplitProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7);
    return;
}

if (args is ["--levers", ..])
{
    LeverProbe.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 9);
    return;
}

if (args is ["--loop", var what, var count])
{
    SweepProbe.Loop(what, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--alloc", var loop, var times])
{
    AllocationProbe.Run(loop, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
    return;
}

if (args is ["--limits-scenario"])
{
    Console.Write(AllianceRules.Scenarios.ScenarioJson.Serialize(ScalingBenchmarks.AtTheLimits()));
    return;
}

if (args is ["--pair"])
{
    PairedProbe.Run();
    return;
}

if (args is ["--check-baseline"])
{
    var disagreements = BaselineAgreement.Disagreements();
    Console.WriteLine(HandWrittenRulebook.Stale ?? "the hand-written baseline encodes this build's rulebook version");
    Console.WriteLine(disagreements.Count == 0 ? "it agrees with the engine on every decision-table row and built-in episode" : "it disagrees with the engine:");
    disagreements.ToList().ForEach(d => Console.WriteLine("  " + d));
    Environment.Exit(HandWrittenRulebook.Stale is null && disagreements.Count == 0 ? 0 : 1);
}

// A ratio against a baseline of another theory measures nothing: the benchmark that compares
// with it is left out, and the reason said, until the baseline encodes this rulebook again.
var benchmarks = typeof(Program).Assembly.GetTypes().Where(t => t.IsPublic && t.Name.EndsWith("Benchmarks", StringComparison.Ordinal));
if (BaselineAgreement.Refusal() is { } refusal)
{
    Console.Error.WriteLine($"AssessBenchmarks refused (no ratios against a baseline of another theory): {refusal}.");
    benchmarks = benchmarks.Where(t => t != typeof(AssessBenchmarks));
}

BenchmarkSwitcher.FromTypes([.. benchmarks]).Run(args);
