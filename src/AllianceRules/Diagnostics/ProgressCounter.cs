namespace AllianceRules.Diagnostics;

/// <summary>Counts assessments from any thread and reports every few of them, and the last, to an <see cref="IProgress{T}"/>.</summary>
internal sealed class ProgressCounter(IProgress<SweepProgress>? progress, int offset, int? total)
{
    private const int Every = 64;
    private int _done;

    public static ProgressCounter None { get; } = new(null, 0, null);

    /// <summary>Counts <paramref name="count"/> more (work a shortcut spared counts as done).</summary>
    public void Step(int count = 1)
    {
        if (progress is null || count == 0)
        {
            return;
        }

        var done = Interlocked.Add(ref _done, count);
        if (done / Every != (done - count) / Every || offset + done == total)
        {
            progress.Report(new SweepProgress(offset + done, total));
        }
    }
}
