using System.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Scenarios;
using AllianceRules.Theory;
using NRules;

namespace AllianceRules.Benchmarks;

/// <summary>
/// Where the decision-table sweep's time goes beyond NRules alone (<c>-- --split [rounds]</c>):
/// the same 4,320 points in Gray order, on one thread in one session, with one layer of ours
/// added at a time, interleaved round by round, by CPU time. For finding the overhead while
/// working; the ratios that count come from <c>SweepBenchmarks</c>.
/// </summary>
internal static class SplitProbe
{
    public static void Run(int rounds)
    {
        Console.WriteLine("one thread, one session:");
        Run(rounds, blocks: 1);
        Console.WriteLine($"{Environment.ProcessorCount * 4} blocks in parallel, a session each (as the table sweeps):");
        Run(rounds, blocks: Environment.ProcessorCount * 4);
    }

    private static void Run(int rounds, int blocks)
    {
        var host = new AllianceAssessor();
        var factory = EngineFloorBenchmarks.CompileRulebook();
        var points = DecisionTable.InputSpace().ToArray();
        var order = DecisionTable.TableSweepOrder();
        var facts = order.Select(i => EngineFloorBenchmarks.FactsOf(points[i].Scenario)).ToArray();
        var scenarios = order.Select(i => ValidScenario.Trusted(points[i].Scenario)).ToArray();
        var variants = new (string Name, Func<int> Run)[]
        {
            ("NRules alone", () => Blocks(blocks, facts, b => Alone(factory, b, _ => { }))),
            ("NRules + a fact-event listener that counts", () => Blocks(blocks, facts, b => Alone(factory, b, s =>
            {
                var n = 0;
                s.Events.FactInsertedEvent += (_, _) => n++;
                s.Events.FactRetractedEvent += (_, _) => n--;
                s.Events.FactUpdatedEvent += (_, _) => n++;
            }))),
            ("NRules + the LHS-failed listener", () => Blocks(blocks, facts, b => Alone(factory, b, s => s.Events.LhsExpressionFailedEvent += (_, _) => { }))),
            ("EngineSession.MoveTo, values only", () => Blocks(blocks, scenarios, b => Moves(host, b, recordMatched: false))),
            ("EngineSession.MoveTo, matched facts recorded", () => Blocks(blocks, scenarios, b => Moves(host, b, recordMatched: true))),
            ("AssessEach, Detail.Values", () => Blocks(blocks, scenarios, b => host.AssessEach(b, (_, a) => a.Findings.Count, (_, _) => 0, detail: Detail.Values).Sum())),
            ("AssessEach, Detail.Rules", () => Blocks(blocks, scenarios, b => host.AssessEach(b, (_, a) => a.Findings.Count, (_, _) => 0, detail: Detail.Rules).Sum())),
            ("AssessEach, Detail.Rules + TheoryConclusion.Of (a table row)", () => Blocks(blocks, scenarios, b => host.AssessEach(b, (_, a) => TheoryConclusion.Of(a).Count, (_, _) => 0, detail: Detail.Rules).Sum())),
            ("the same, each row's conclusions and map kept to the end, as table rows are", () => Blocks(blocks, scenarios, b =>
            {
                var kept = host.AssessEach(b, (_, a) => (Drawn: TheoryConclusion.Of(a), Map: (object?)null), (_, _) => default, detail: Detail.Rules).Select(r => r with { Map = TheoryConclusion.MapOf(r.Drawn) }).ToList();
                return kept.Count;
            })),
            ("the table's points and scenarios made, as DecisionTable.Build makes them", () => blocks == 1 ? 0 : DecisionTable.InputSpace().Select(p => ValidScenario.Trusted(p.Scenario)).Count()),
            ("DecisionTable.Build (the table as the CLI sweeps it)", () => blocks == 1 ? 0 : DecisionTable.Build(host).Rows.Count),
        };

        var samples = variants.Select(_ => new List<double>()).ToArray();
        var walls = variants.Select(_ => new List<double>()).ToArray();
        var bytes = new long[variants.Length];
        var paused = new double[variants.Length];
        var older = new int[variants.Length];
        for (var round = -2; round < rounds; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                GC.Collect();
                var allocated = GC.GetTotalAllocatedBytes(true);
                var (pause, gen1) = (GC.GetTotalPauseDuration(), GC.CollectionCount(1));
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                variants[v].Run();
                walls[v].Add(clock.Elapsed.TotalMilliseconds);
                var spent = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
                if (round >= 0)
                {
                    samples[v].Add(spent);
                    bytes[v] += GC.GetTotalAllocatedBytes(true) - allocated;
                    paused[v] += (GC.GetTotalPauseDuration() - pause).TotalMilliseconds;
                    older[v] += GC.CollectionCount(1) - gen1;
                }
            }
        }

        var floor = samples[0].Order().ElementAt(rounds / 2);
        for (var v = 0; v < variants.Length; v++)
        {
            var cpu = samples[v].Order().ElementAt(rounds / 2);
            var wall = walls[v].Order().ElementAt(rounds / 2);
            Console.WriteLine($"{wall,8:0.0} ms wall {cpu,8:0.0} ms CPU  {cpu / floor:0.00}×  {bytes[v] / rounds / 1024.0 / facts.Length,6:0.0} KB/row {paused[v] / rounds,6:0.0} ms paused {older[v] / (double)rounds,4:0.0} gen 1+  {variants[v].Name}");
        }
    }

    private static int Blocks<T>(int blocks, T[] all, Func<T[], int> sweep)
    {
        var results = new int[blocks];
        Parallel.For(0, blocks, block => results[block] = sweep(all[(all.Length * block / blocks)..(all.Length * (block + 1) / blocks)]));
        return results.Sum();
    }

    private static int Alone(ISessionFactory factory, object[][] points, Action<ISession> listen)
    {
        var session = factory.CreateSession();
        listen(session);
        return SweepBenchmarks.MoveThrough(session, points);
    }

    private static int Moves(RulebookHost host, ValidScenario[] scenarios, bool recordMatched)
    {
        var session = new EngineSession(host.SessionFactory, AllianceRulesOptions.DefaultMaxRuleFirings, host.AidBenchmark, recordMatched: recordMatched);
        var derived = 0;
        foreach (var scenario in scenarios)
        {
            derived += session.MoveTo(scenario).Count;
        }

        return derived;
    }
}
