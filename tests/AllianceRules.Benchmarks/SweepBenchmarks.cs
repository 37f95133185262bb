using AllianceRules;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;
using AllianceRules.Theory;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>
/// The decision-table sweep (4,320 scenarios, PLINQ over both cores; scenarios/s = 4320 / mean)
/// and a what-if exploration of one scenario.
/// </summary>
[MemoryDiagnoser]
public class SweepBenchmarks
{
    private readonly AllianceAssessor _assessor = new();
    private readonly AllianceAssessor _verdictsOnly = new(new AllianceRulesOptions { CaptureJustification = false });
    private readonly Scenario _upgrade = HistoricalScenarios.Find("2021-harris-visit")!;

    [Benchmark]
    public DecisionTable DecisionTableSweep() => DecisionTable.Build(_assessor);

    [Benchmark]
    public DecisionTable DecisionTableSweepVerdictsOnly() => DecisionTable.Build(_verdictsOnly);

    [Benchmark]
    public WhatIf WhatIfOneScenario() => WhatIf.Explore(_assessor, _upgrade);
}
