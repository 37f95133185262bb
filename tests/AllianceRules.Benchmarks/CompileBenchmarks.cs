using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AllianceRules.Benchmarks;

/// <summary>
/// What a cold start costs: compiling the rulebook into a new assessor and its first assessment,
/// each measurement in a process of its own, so that nothing is compiled or JIT-ed beforehand.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class CompileBenchmarks
{
    [Benchmark]
    public Assessment NewAssessorFirstAssessment() => new AllianceAssessor().Assess(HistoricalScenarios.All[2]);
}
