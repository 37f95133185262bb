using System.Reflection;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The validator of the service's GETs. What they answer (the episodes, the claims, the rulebook,
/// the backtest, a built-in's assessment) is fixed by the rule set the service runs and the
/// package that holds the episodes and catalogues, so one entity tag covers them all: a client
/// that sends it back in <c>If-None-Match</c> gets 304 without the body being built. The tag is
/// weak: each body names its own decision ID, so two bodies are equivalent, not identical.
/// </summary>
internal sealed class RevalidateFilter(IAllianceAssessor assessor) : IEndpointFilter
{
    private static readonly ConditionalWeakTable<IAllianceAssessor, EntityTagHeaderValue> Tags = [];

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Request.RouteValues.TryGetValue("id", out var id) && HistoricalScenarios.Find(id as string ?? "") is null)
        {
            // No such episode: the 404 carries no validator, and nothing is "not modified".
            return await next(context);
        }

        var tag = Tags.GetValue(assessor, Compute);
        http.Response.Headers.ETag = tag.ToString();
        // Cacheable, but asked again each time: a redeployed rulebook must not be served stale.
        http.Response.Headers.CacheControl = "no-cache";
        if (EntityTagHeaderValue.TryParseList(http.Request.Headers.IfNoneMatch, out var asked)
            && asked.Any(candidate => candidate.Equals(EntityTagHeaderValue.Any) || candidate.Compare(tag, useStrongComparison: false)))
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return await next(context);
    }

    /// <summary>A digest of the rulebook version, the packages' versions and every rule the assessor runs, with its claims and decisions.</summary>
    private static EntityTagHeaderValue Compute(IAllianceAssessor assessor)
    {
        var text = new StringBuilder()
            .Append(RulebookVersion.Current).Append('\n')
            .Append(Version(typeof(IAllianceAssessor).Assembly)).Append('\n')
            .Append(Version(typeof(RevalidateFilter).Assembly)).Append('\n');
        foreach (var rule in assessor.Rules.OrderBy(r => r.Name, StringComparer.Ordinal))
        {
            text.Append(rule.Name).Append('|').AppendJoin(',', rule.Claims).Append('|').AppendJoin(',', rule.Decisions).Append('\n');
        }

        var digest = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..32];
        return new EntityTagHeaderValue($"\"{digest}\"", isWeak: true);
    }

    private static string Version(Assembly assembly) =>
        assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? assembly.GetName().Version?.ToString() ?? "";
}
