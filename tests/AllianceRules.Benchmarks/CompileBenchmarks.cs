using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AllianceRules.Benchmarks;

/// <summary>
/// What a cold start costs: compiling the rulebook into a new assessor and its first assessment,
/// each measurement in a process of its own, so that nothing is compiled or JIT-ed beforehand;
/// with the rules compiled (the default) and interpreted (<see cref="AllianceRulesOptions.InterpretRules"/>).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 10, warmupCount: 0, iterationCount: 1)]
public class CompileBenchmarks
{
    [Benchmark(Baseline = true)]
    public Assessment NewAssessorFirstAssessment() => new AllianceAssessor().Assess(HistoricalScenarios.All[2]);

    [Benchmark]
    public Assessment NewAssessorFirstAssessmentInterpreted() =>
        new AllianceAssessor(new AllianceRulesOptions { InterpretRules = true }).Assess(HistoricalScenarios.All[2]);
}
