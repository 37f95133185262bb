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
    private bool _on;

    public static void Run(string what, int count)
    {
        using var probe = new AllocationProbe();
        SweepProbe.Loop(what, count / 2);
        probe._on = true;
        SweepProbe.Loop(what, count - count / 2);
        probe._on = false;
        lock (probe._ticks)
        {
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
        if (!_on || eventData.EventName is not "GCAllocationTick_V4" and not "GCAllocationTick_V3" || eventData.Payload is null)
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
