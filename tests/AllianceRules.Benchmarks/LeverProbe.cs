using AllianceRules.Theory;
using NRules;

namespace AllianceRules.Benchmarks;

/// <summary>
/// The engine's own levers on the decision-table sweep, NRules alone (<c>-- --levers [rounds]</c>):
/// the same 4,320 points driven several ways, interleaved round by round, by wall and CPU time.
/// Blocks as the table's sweep makes them (4 × cores, each in one session on a pool thread).
/// </summary>
internal static class LeverProbe
{
    public static void Run(int rounds)
    {
        var factory = EngineFloorBenchmarks.CompileRulebook();
        var points = DecisionTable.InputSpace().ToArray();
        int[] radices = [4, 2, 3, 3, 2, 2, 15];
        object[][] Ordered(int[] order) => [.. order.Select(i => EngineFloorBenchmarks.FactsOf(points[i].Scenario))];
        var table = Ordered(DecisionTable.SweepOrder(radices));
        var powerOuter = Ordered(DecisionTable.SweepOrder(radices, [2, 3, 5, 4, 0, 1, 6]));
        var tableOrder = Ordered([.. Enumerable.Range(0, points.Length)]);
        var variants = new (string Name, Func<int> Run)[]
        {
            ("one session per block, Gray order (the table today)", () => Blocks(factory, table, Move)),
            ("one session per block, table order (no Gray code)", () => Blocks(factory, tableOrder, Move)),
            ("one session per block, Gray order, power and geography outermost", () => Blocks(factory, powerOuter, Move)),
            ("a new session per row (NRules issue 163)", () => Blocks(factory, table, (_, _, next) => { var s = factory.CreateSession(); s.InsertAll(next); return s.Fire(); })),
            ("one session per block, Gray order, a call per fact instead of InsertAll/RetractAll", () => Blocks(factory, table, MoveOneByOne)),
            ("one session per block, Gray order, AutoPropagateLinkedFacts off, propagated once per firing", () => Blocks(factory, table, MoveQueued)),
        };

        var samples = variants.Select(_ => new List<(double Wall, double Cpu)>()).ToArray();
        for (var round = -2; round < rounds; round++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var run = variants[v].Run;
                var measured = SweepProbe.Measure(() => run());
                if (round >= 0)
                {
                    samples[v].Add(measured);
                }
            }
        }

        var baseWall = Median(samples[0], s => s.Wall);
        for (var v = 0; v < variants.Length; v++)
        {
            var wall = Median(samples[v], s => s.Wall);
            var cpu = Median(samples[v], s => s.Cpu);
            Console.WriteLine($"{wall,8:0.0} ms wall {cpu,8:0.0} ms CPU  {wall / baseWall:0.00}×  {variants[v].Name}");
        }
    }

    private static int Blocks(ISessionFactory factory, object[][] points, Func<ISession, HashSet<object>, object[], int> move)
    {
        var blocks = Environment.ProcessorCount * 4;
        var fired = new int[blocks];
        Parallel.For(0, blocks, block =>
        {
            var session = factory.CreateSession();
            var now = new HashSet<object>();
            for (var i = points.Length * block / blocks; i < points.Length * (block + 1) / blocks; i++)
            {
                fired[block] += move(session, now, points[i]);
                now.Clear();
                now.UnionWith(points[i]);
            }
        });
        return fired.Sum();
    }

    private static int Move(ISession session, HashSet<object> now, object[] next)
    {
        var (gone, added) = Diff(now, next);
        if (gone.Length > 0)
        {
            session.RetractAll(gone);
        }

        if (added.Length > 0)
        {
            session.InsertAll(added);
        }

        return session.Fire();
    }

    private static int MoveOneByOne(ISession session, HashSet<object> now, object[] next)
    {
        var (gone, added) = Diff(now, next);
        foreach (var fact in gone)
        {
            session.Retract(fact);
        }

        foreach (var fact in added)
        {
            session.Insert(fact);
        }

        return session.Fire();
    }

    private static int MoveQueued(ISession session, HashSet<object> now, object[] next)
    {
        session.AutoPropagateLinkedFacts = false;
        var (gone, added) = Diff(now, next);
        if (gone.Length > 0)
        {
            session.RetractAll(gone);
        }

        if (added.Length > 0)
        {
            session.InsertAll(added);
        }

        // The queued linked facts are propagated when the agenda runs dry, until none are left.
        var fired = 0;
        do
        {
            fired += session.Fire();
        }
        while (session.PropagateLinked().Any());

        return fired;
    }

    private static (object[] Gone, object[] Added) Diff(HashSet<object> now, object[] next)
    {
        var nextSet = new HashSet<object>(next);
        return ([.. now.Where(f => !nextSet.Contains(f))], [.. next.Where(f => !now.Contains(f))]);
    }

    private static double Median(List<(double Wall, double Cpu)> samples, Func<(double Wall, double Cpu), double> of) =>
        samples.Select(of).Order().ElementAt(samples.Count / 2);
}
