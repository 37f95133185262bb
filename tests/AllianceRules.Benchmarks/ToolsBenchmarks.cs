using AllianceRules;
using AllianceRules.Counterfactuals;
using AllianceRules.Explanations;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>
/// What the tools cost next to one assessment of the same built-in: explaining a value that was
/// drawn (read from the assessment, no search) and a what-if exploration.
/// </summary>
[MemoryDiagnoser]
public class ToolsBenchmarks
{
    private readonly AllianceAssessor _assessor = new();
    private Scenario _scenario = null!;

    [Params("2021-harris-visit", "1978-soviet-alliance")]
    public string Scenario { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _scenario = HistoricalScenarios.Find(Scenario)!;
        _assessor.Explore(_scenario);
    }

    [Benchmark(Baseline = true)]
    public Assessment Assess() => _assessor.Assess(_scenario);

    [Benchmark]
    public Explanation ExplainDrawnPosture() => _assessor.Explain(_scenario, "posture");

    [Benchmark]
    public WhatIf WhatIf() => _assessor.Explore(_scenario);
}
