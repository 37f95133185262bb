using AllianceRules;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>
/// One assessment of a built-in scenario, against NRules alone on the same facts (the baseline:
/// a new session, the facts inserted, the rules fired, nothing recorded or built), with the
/// hand-written rulebook beside them; the engine with full justification, and without it.
/// </summary>
[MemoryDiagnoser]
public class AssessBenchmarks
{
    private readonly AllianceAssessor _withJustification = new();
    private readonly AllianceAssessor _withoutJustification = new(new AllianceRulesOptions { CaptureJustification = false });
    private readonly EngineFloorBenchmarks _floor = new();
    private Scenario _scenario = null!;
    private object[] _facts = [];

    [ParamsSource(nameof(BuiltIns))]
    public string Scenario { get; set; } = "";

    /// <summary>Every built-in scenario, by ID.</summary>
    public static IEnumerable<string> BuiltIns => HistoricalScenarios.All.Select(s => s.Id!);

    [GlobalSetup]
    public void Setup()
    {
        _scenario = HistoricalScenarios.Find(Scenario)!;
        _facts = EngineFloorBenchmarks.FactsOf(_scenario);
        _withJustification.Assess(_scenario);
        _withoutJustification.Assess(_scenario);
    }

    [Benchmark(Baseline = true)]
    public int NRulesAlone() => _floor.InsertFire(_facts);

    [Benchmark]
    public Dictionary<string, string> HandWritten() => HandWrittenRulebook.Assess(_scenario);

    [Benchmark]
    public Assessment EngineWithJustification() => _withJustification.Assess(_scenario);

    [Benchmark]
    public Assessment EngineWithoutJustification() => _withoutJustification.Assess(_scenario);
}
