using System.Runtime;
using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;

namespace AllianceRules.Benchmarks;

/// <summary>
/// What a cold start costs: compiling the rulebook into a new assessor and its first assessment,
/// each measurement in a process of its own, so that nothing is compiled or JIT-ed beforehand;
/// with the rules compiled (the default) and interpreted (<see cref="AllianceRulesOptions.InterpretRules"/>),
/// each again in a host that keeps a startup profile (<see cref="ProfileOptimization"/>, multi-core
/// JIT: the first process records, the later ones replay on the other core), as the CLI does.
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

    [GlobalSetup(Target = nameof(NewAssessorFirstAssessmentWithStartupProfile))]
    public void StartCompiledProfile() => StartStartupProfile("compiled");

    [GlobalSetup(Target = nameof(NewAssessorFirstAssessmentInterpretedWithStartupProfile))]
    public void StartInterpretedProfile() => StartStartupProfile("interpreted");

    /// <summary>Starts the host's startup profile, one per benchmark, before anything of the library is JIT-compiled.</summary>
    private static void StartStartupProfile(string name)
    {
        var directory = Path.Combine(Path.GetTempPath(), "alliance-rules-benchmarks-startup-profile");
        Directory.CreateDirectory(directory);
        ProfileOptimization.SetProfileRoot(directory);
        ProfileOptimization.StartProfile(name + ".jitprofile");
    }

    [Benchmark]
    public Assessment NewAssessorFirstAssessmentWithStartupProfile() => new AllianceAssessor().Assess(HistoricalScenarios.All[2]);

    [Benchmark]
    public Assessment NewAssessorFirstAssessmentInterpretedWithStartupProfile() =>
        new AllianceAssessor(new AllianceRulesOptions { InterpretRules = true }).Assess(HistoricalScenarios.All[2]);
}
