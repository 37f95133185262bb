using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// Wraps every endpoint of the service: starts the response's decision (headers first, so that
/// even an error carries them), logs under its ID, and turns what the library throws into HTTP:
/// a cancelled request ends quietly, a misbehaving rule set is a 500 problem that names the rule.
/// </summary>
internal sealed partial class DecisionFilter(ILogger<DecisionFilter> logger) : IEndpointFilter
{
    /// <summary>nginx's code for "the client closed the request": nobody reads it, but logs and metrics do.</summary>
    public const int ClientClosedRequest = 499;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var decision = Decision.Start(http);
        using var scope = logger.BeginScope(new Dictionary<string, object> { ["DecisionId"] = decision.Id });
        try
        {
            return await next(context);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            LogCancelled(logger, decision.Id);
            return Results.StatusCode(ClientClosedRequest);
        }
        catch (RulebookException ex)
        {
            LogRulebookFailed(logger, ex, decision.Id);
            return Problems.RulebookFailed(http, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Decision {DecisionId}: the client went away; the assessment was cancelled")]
    private static partial void LogCancelled(ILogger logger, string decisionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Decision {DecisionId}: the rulebook failed")]
    private static partial void LogRulebookFailed(ILogger logger, Exception exception, string decisionId);
}
