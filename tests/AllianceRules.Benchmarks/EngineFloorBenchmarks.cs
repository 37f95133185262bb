using AllianceRules;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;
using NRules;
using NRules.Fluent;

namespace AllianceRules.Benchmarks;

/// <summary>
/// What NRules itself costs for the rulebook, with nothing of ours around it: a new session,
/// and a new session with the scenario's facts inserted and the rules fired (no validation, no
/// recording of derivations, no assessment built). The floor under <c>Assess</c>.
/// </summary>
[MemoryDiagnoser]
public class EngineFloorBenchmarks
{
    private readonly ISessionFactory _factory = CompileRulebook();
    private object[] _facts = [];

    [ParamsSource(nameof(BuiltIns))]
    public string Scenario { get; set; } = "";

    /// <summary>Every built-in scenario, by ID, as <see cref="AssessBenchmarks"/> measures them.</summary>
    public static IEnumerable<string> BuiltIns => AssessBenchmarks.BuiltIns;

    [GlobalSetup]
    public void Setup()
    {
        _facts = FactsOf(HistoricalScenarios.Find(Scenario)!);
    }

    /// <summary>The facts an assessment puts in working memory: the aid benchmark the rules judge aid by, and the scenario's.</summary>
    public static object[] FactsOf(Scenario scenario) =>
        [AidBenchmark.Default, scenario.Roles, scenario.Relation, .. scenario.Powers, .. scenario.Geography, .. scenario.Offers, .. scenario.Coercion];

    [Benchmark]
    public ISession NewSession() => _factory.CreateSession();

    [Benchmark]
    public int NewSessionInsertFire() => InsertFire(_facts);

    /// <summary>A new session, the facts inserted in one call, the rules fired.</summary>
    public int InsertFire(object[] facts)
    {
        var session = _factory.CreateSession();
        session.InsertAll(facts);
        return session.Fire();
    }

    /// <summary>The article's rulebook compiled as NRules compiles it by default.</summary>
    public static ISessionFactory CompileRulebook()
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true).Where(rule => AllianceRules.Rules.AlternativeToAttribute.IsArticleRule(rule.RuleType)));
        return repository.Compile();
    }
}
