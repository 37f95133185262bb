namespace AllianceRules.Diagnostics;

/// <summary>Counts assessments from any thread and reports every few of them, and the last, to an <see cref="IProgress{T}"/>.</summary>
internal sealed class ProgressCounter(IProgress<SweepProgress>? progress, int offset, int? total)
{
    private const int Every = 64;
    private int _done;

    public static ProgressCounter None { get; } = new(null, 0, null);

    public void Step()
    {
        if (progress is null)
        {
            return;
        }

        var done = Interlocked.Increment(ref _done);
        if (done % Every == 0 || offset + done == total)
        {
            progress.Report(new SweepProgress(offset + done, total));
        }
    }
}
