using System.Runtime.ExceptionServices;

namespace AllianceRules.Engine;

/// <summary>
/// Work over many scenarios on every core. A rule that overruns the rule timeout in one of them
/// stops all the others at once (their waits are cancelled), and that overrun is what the sweep
/// throws: otherwise each scenario in flight would wait out its own timeout, and each would
/// abandon one more thread that keeps running the rule.
/// </summary>
internal static class Sweep
{
    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> − 1 in parallel, passing the token that stops it.</summary>
    /// <exception cref="RulebookException">A rule overran its timeout (or the body threw one).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void For(int count, Action<int, CancellationToken> body, CancellationToken cancellationToken = default) =>
        For(count, -1, body, cancellationToken);

    /// <summary>Runs <paramref name="body"/> for 0 to <paramref name="count"/> − 1 on at most <paramref name="maxDegree"/> threads (-1: as many as the pool gives), passing the token that stops it.</summary>
    /// <exception cref="RulebookException">A rule overran its timeout (or the body threw one).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static void For(int count, int maxDegree, Action<int, CancellationToken> body, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        RulebookException? overrun = null;
        try
        {
            Parallel.For(0, count, new ParallelOptions { CancellationToken = stop.Token, MaxDegreeOfParallelism = maxDegree }, i =>
            {
                try
                {
                    body(i, stop.Token);
                }
                catch (RulebookException ex) when (ex.RuleOverran)
                {
                    Interlocked.CompareExchange(ref overrun, ex, null);
                    stop.Cancel();
                    throw;
                }
            });
        }
        catch (Exception ex) when (overrun is not null && ex is AggregateException or OperationCanceledException)
        {
            ExceptionDispatchInfo.Throw(overrun);
        }
        catch (AggregateException ex)
        {
            // Callers handle what a sequential loop would raise, not the parallel wrapper.
            var first = ex.InnerExceptions.FirstOrDefault(e => e is not OperationCanceledException) ?? ex.InnerExceptions[0];
            if (first is OperationCanceledException)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ExceptionDispatchInfo.Throw(first);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Cancelled through the linked token: say so with the caller's, which a caller's
            // `when (e.CancellationToken == token)` looks for.
            cancellationToken.ThrowIfCancellationRequested();
        }
    }
}
