using System.Diagnostics.Tracing;

namespace AllianceRules.Benchmarks;

/// <summary>
/// Which types a loop allocates (<c>-- --alloc table|alone|whatif N</c>): the runtime's allocation
/// ticks (one per 100 KB allocated on a thread) counted by the type that crossed the mark, so a
/// type's share of the ticks is about its share of the bytes. For finding what to allocate less.
/// </summary>
internal sealed class AllocationProbe : EventListener
{
    private readonly Dictionary<string, long> _ticks = [];
    private long _collections;
    private double _promoted0;
    private double _promoted1;
    private bool _on;

    public static void Run(string what, int count)
    {
        using var probe = new AllocationProbe();
        SweepProbe.Loop(what, count / 2);
        var (gen0, gen1, gen2, pause) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
        probe._on = true;
        SweepProbe.Loop(what, count - count / 2);
        probe._on = false;
        var runs = count - count / 2;
        lock (probe._ticks)
        {
            Console.WriteLine(
                $"per run: {(GC.CollectionCount(0) - gen0) / (double)runs:0.0} collections ({(GC.CollectionCount(1) - gen1) / (double)runs:0.0} of gen 1, {(GC.CollectionCount(2) - gen2) / (double)runs:0.0} of gen 2), " +
                $"{(GC.GetTotalPauseDuration() - pause).TotalMilliseconds / runs:0.0} ms paused; per collection {probe._promoted0 / Math.Max(1, probe._collections) / 1024:0} KB promoted from gen 0, {probe._promoted1 / Math.Max(1, probe._collections) / 1024:0} KB from gen 1");
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
