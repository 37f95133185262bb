using System.Diagnostics.CodeAnalysis;
using AllianceRules.AspNetCore.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AllianceRules;

/// <summary>Liveness and readiness of the decision service, for an orchestrator or a load balancer (ASP.NET Core health checks).</summary>
public static class AllianceRulesHealthExtensions
{
    /// <summary>
    /// Registers the service's readiness: the rulebook is compiled when the host starts, on a
    /// thread of its own, and the instance reports ready once it is.
    /// Call it beside <c>services.AddAllianceRules(…)</c>; it adds ASP.NET Core's health checks.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The health checks builder, to add checks of the app's own.</returns>
    public static IHealthChecksBuilder AddAllianceRulesHealthChecks(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<RulebookWarmup>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RulebookWarmup>(provider => provider.GetRequiredService<RulebookWarmup>()));
        var builder = services.AddHealthChecks();
        services.Configure<HealthCheckServiceOptions>(options =>
        {
            if (!options.Registrations.Any(r => r.Name == RulebookReadinessCheck.Name))
            {
                options.Registrations.Add(new HealthCheckRegistration(
                    RulebookReadinessCheck.Name,
                    provider => new RulebookReadinessCheck(provider.GetRequiredService<RulebookWarmup>()),
                    HealthStatus.Unhealthy,
                    [RulebookReadinessCheck.Tag]));
            }
        });
        return builder;
    }

    /// <summary>
    /// Maps <c>GET {prefix}/live</c> (200 while the process serves requests; it runs no check) and
    /// <c>GET {prefix}/ready</c> (200 once the rulebook is compiled, 503 before or if it failed,
    /// with every check tagged for readiness). Both answer in plain text: Healthy or Unhealthy.
    /// </summary>
    /// <param name="endpoints">The app's endpoint route builder.</param>
    /// <param name="prefix">The route prefix, such as <c>/health</c>.</param>
    /// <returns>The group of the two endpoints.</returns>
    /// <exception cref="InvalidOperationException"><see cref="AddAllianceRulesHealthChecks"/> was not called: readiness would then report ready before the rulebook is.</exception>
    public static RouteGroupBuilder MapAllianceRulesHealth(this IEndpointRouteBuilder endpoints, [StringSyntax("Route")] string prefix = "/health")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        var registrations = endpoints.ServiceProvider.GetService<IOptions<HealthCheckServiceOptions>>()?.Value.Registrations;
        if (registrations is null || !registrations.Any(r => r.Name == RulebookReadinessCheck.Name))
        {
            throw new InvalidOperationException("MapAllianceRulesHealth needs services.AddAllianceRulesHealthChecks(): without it, readiness would not wait for the rulebook.");
        }

        var group = endpoints.MapGroup(prefix);
        group.MapHealthChecks("live", new HealthCheckOptions { Predicate = _ => false });
        group.MapHealthChecks("ready", new HealthCheckOptions { Predicate = registration => registration.Tags.Contains(RulebookReadinessCheck.Tag) });
        return group;
    }
}
