using AllianceRules;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AllianceRules.Benchmarks;

/// <summary>What a cold start costs: compiling the rulebook into a new assessor and its first assessment.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 10)]
public class CompileBenchmarks
{
    [Benchmark]
    public Assessment NewAssessorFirstAssessment() => new AllianceAssessor().Assess(HistoricalScenarios.All[2]);
}
