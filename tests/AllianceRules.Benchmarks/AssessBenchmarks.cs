using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>One assessment of a built-in scenario: the hand-written baseline, the engine with full justification, and without it.</summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private readonly AllianceAssessor _withJustification = new();
    private readonly AllianceAssessor _withoutJustification = new(new AllianceRulesOptions { CaptureJustification = false });
    private Scenario _scenario = null!;

    [ParamsSource(nameof(BuiltIns))]
    public string Scenario { get; set; } = "";

    /// <summary>Every built-in scenario, by ID.</summary>
    public static IEnumerable<string> BuiltIns => HistoricalScenarios.All.Select(s => s.Id!);

    [GlobalSetup]
    public void Setup()
    {
        _scenario = HistoricalScenarios.Find(Scenario)!;
        _withJustification.Assess(_scenario);
        _withoutJustification.Assess(_scenario);
    }

    [Benchmark(Baseline = true)]
    public Dictionary<string, string> HandWritten() => HandWrittenRulebook.Assess(_scenario);

    [Benchmark]
    public Assessment EngineWithJustification() => _withJustification.Assess(_scenario);

    [Benchmark]
    public Assessment EngineWithoutJustification() => _withoutJustification.Assess(_scenario);
}
