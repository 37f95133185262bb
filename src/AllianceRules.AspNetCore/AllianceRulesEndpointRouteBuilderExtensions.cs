using System.Diagnostics.CodeAnalysis;
using AllianceRules.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace AllianceRules;

/// <summary>Maps the AllianceRules decision service onto an app's endpoints.</summary>
public static class AllianceRulesEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the decision service under <paramref name="prefix"/>: <c>POST assess</c>, <c>POST explain</c>,
    /// <c>POST whatif</c>, <c>GET scenarios</c>, <c>GET scenarios/{id}</c>, <c>GET scenarios/{id}/assessment</c>,
    /// <c>GET claims</c>, <c>GET rulebook</c> and <c>GET backtest</c> (<c>docs/web.md</c>). The endpoints use
    /// the <see cref="IAllianceAssessor"/> registered by <c>services.AddAllianceRules()</c>; they hold no
    /// state of their own, so any number of instances can serve behind a load balancer.
    /// </summary>
    /// <param name="endpoints">The app's endpoint route builder.</param>
    /// <param name="prefix">The route prefix, such as <c>/alliance</c>.</param>
    /// <returns>The group of endpoints, to add conventions such as authorization, rate limiting or request timeouts.</returns>
    /// <remarks>
    /// Request bodies are read as the library reads a scenario (strictly, at most
    /// <see cref="Scenarios.ScenarioJson.MaxInputBytes"/> bytes; more is refused with 413), invalid
    /// input is answered with RFC 9457 problem details whose <c>errors</c> are keyed by JSON path,
    /// an aborted request cancels its assessment, and every response carries the rulebook version
    /// and a decision ID in its headers (<see cref="AspNetCore.AllianceRulesHeaders"/>) and its body.
    /// </remarks>
    public static RouteGroupBuilder MapAllianceRules(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/alliance")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        return AllianceRulesApi.Map(endpoints, prefix);
    }
}
