using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The bounds of one class of request: a time limit whose cancellation reaches the assessor
/// (the request's token is the one the handlers pass on), and, for the costly class, a place
/// among <see cref="AllianceRulesServiceOptions.CostlyConcurrency"/> running requests with a
/// bounded queue (System.Threading.RateLimiting, which ASP.NET Core's rate limiter is built on).
/// It lives in the endpoints themselves, so no middleware the app could forget is needed.
/// </summary>
internal sealed partial class RequestBounds : IEndpointFilter, IDisposable
{
    private readonly TimeSpan _timeout;
    private readonly TimeSpan _retryAfter;
    private readonly string _class;
    private readonly ConcurrencyLimiter? _limiter;
    private readonly PartitionedRateLimiter<HttpContext>? _perClient;

    private RequestBounds(string @class, TimeSpan timeout, TimeSpan retryAfter, ConcurrencyLimiter? limiter, PartitionedRateLimiter<HttpContext>? perClient)
    {
        (_class, _timeout, _retryAfter, _limiter, _perClient) = (@class, timeout, retryAfter, limiter, perClient);
    }

    public static RequestBounds Cheap(AllianceRulesServiceOptions options) => new("cheap", options.CheapTimeout, options.RetryAfter, null, null);

    public static RequestBounds Costly(AllianceRulesServiceOptions options) =>
        new(
            "costly",
            options.CostlyTimeout,
            options.RetryAfter,
            new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.CostlyConcurrency,
                QueueLimit = options.CostlyQueue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }),
            options.CostlyPerClient is { } perClient
                ? PartitionedRateLimiter.Create<HttpContext, string>(http => RateLimitPartition.GetConcurrencyLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "",
                    _ => new ConcurrencyLimiterOptions { PermitLimit = perClient, QueueLimit = 0 }))
                : null);

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;

        // The class's time limit counts from arrival: a request that waits in the queue spends its
        // own time there, so no request, queued or running, outlives its limit.
        var aborted = http.RequestAborted;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(_timeout);
        try
        {
            using var client = _perClient is null ? null : await _perClient.AcquireAsync(http, 1, timeout.Token);
            if (client is { IsAcquired: false })
            {
                return TooBusy(http, "this client already has as many searches running as it may");
            }

            using var place = _limiter is null ? null : await _limiter.AcquireAsync(1, timeout.Token);
            if (place is { IsAcquired: false })
            {
                return TooBusy(http, "every place for a search is taken and its queue is full");
            }

            http.RequestAborted = timeout.Token;
            return await next(context);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !aborted.IsCancellationRequested)
        {
            // Said where an operator looks: a search cut at its budget is logged, and one cut by the clock must be too.
            var logger = http.RequestServices.GetService<ILoggerFactory>()?.CreateLogger<RequestBounds>() ?? NullLogger<RequestBounds>.Instance;
            LogTimedOut(logger, _class, _timeout.TotalSeconds);
            return Problems.TimedOut(http, _class, _timeout);
        }
        finally
        {
            http.RequestAborted = aborted;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A {CostClass} request ran past its time limit of {LimitSeconds} s: it was cancelled and answered 504")]
    private static partial void LogTimedOut(ILogger logger, string costClass, double limitSeconds);

    public void Dispose()
    {
        _limiter?.Dispose();
        _perClient?.Dispose();
    }

    private Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult TooBusy(HttpContext http, string why)
    {
        http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(_retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return Problems.TooBusy(http, why);
    }
}
