using System.Diagnostics.Tracing;

namespace AllianceRules.Benchmarks;

/// <summary>
/// Which types a loop allocates (<c>-- --alloc table|alone|whatif|lint N</c>): the runtime's
/// allocation ticks (one per 100 KB allocated on a thread) counted by the type that crossed the
/// mark, so a type's share of the ticks is about its share of the bytes; and the collections of the
/// second half of the runs, with the bytes each promoted. For finding what to allocate less. The
/// listener runs a thread of its own, so take pause times from <c>--split</c> or <c>--sweep</c>.
/// </summary>
internal sealed class AllocationProbe : EventListener
{
    private readonly Dictionary<string, long> _ticks = [];
    private long _collections;
    private double _promoted0;
    private double _promoted1;
    private volatile bool _on;

    public static void Run(string what, int count)
    {
        if (count < 2)
        {
            throw new ArgumentException("--alloc needs at least two runs: the first half warms up, the second is counted");
        }

        using var probe = new AllocationProbe();
        // Setting up (compiling the rulebook, making the points) is not the loop's: done before.
        var sweeps = SweepProbe.Prepare();
        SweepProbe.Loop(sweeps, what, count / 2);
        // The listener gets the runtime's events a little late: let the warm-up's arrive uncounted.
        GC.Collect();
        Thread.Sleep(1000);
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        probe._on = true;
        SweepProbe.Loop(sweeps, what, count - count / 2);
        var (after0, after1, after2, pauseAfter) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        Thread.Sleep(1000);
        probe._on = false;
        var runs = count - count / 2;
        lock (probe._ticks)
        {
            Console.WriteLine(
                $"per run: {(after0 - gen0) / (double)runs:0.0} collections ({(after1 - gen1) / (double)runs:0.0} of gen 1 or older, {(after2 - gen2) / (double)runs:0.0} of gen 2), " +
                $"{(pauseAfter - pause).TotalMilliseconds / runs:0.0} ms paused; per collection {probe._promoted0 / Math.Max(1, probe._collections) / 1024:0} KB promoted from gen 0, {probe._promoted1 / Math.Max(1, probe._collections) / 1024:0} KB from gen 1");
            var total = probe._ticks.Values.Sum();
            foreach (var (type, ticks) in probe._ticks.OrderByDescending(t => t.Value).Take(40))
            {
                Console.WriteLine($"{100.0 * ticks / total,5:0.0}%  {type}");
            }
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.Payload is null)
        {
            return;
        }

        if (eventData.EventName is "GCHeapStats_V2" or "GCHeapStats_V1")
        {
            lock (_ticks)
            {
                _collections++;
                _promoted0 += Convert.ToDouble(eventData.Payload[eventData.PayloadNames!.IndexOf("TotalPromotedSize0")], System.Globalization.CultureInfo.InvariantCulture);
                _promoted1 += Convert.ToDouble(eventData.Payload[eventData.PayloadNames!.IndexOf("TotalPromotedSize1")], System.Globalization.CultureInfo.InvariantCulture);
            }

            return;
        }

        if (eventData.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3")
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var type = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
        lock (_ticks)
        {
            _ticks[type] = _ticks.GetValueOrDefault(type) + 1;
        }
    }
}
