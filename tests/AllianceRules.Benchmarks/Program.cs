using BenchmarkDotNet.Running;

if (args is ["--probe"])
{
    AllianceRules.Benchmarks.Probe.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
