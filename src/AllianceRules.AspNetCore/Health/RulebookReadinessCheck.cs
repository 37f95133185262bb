using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AllianceRules.AspNetCore.Health;

/// <summary>Ready once the rulebook has compiled (<see cref="RulebookWarmup"/>); unhealthy before, and if that failed.</summary>
internal sealed class RulebookReadinessCheck(RulebookWarmup warmup) : IHealthCheck
{
    public const string Name = "alliance-rules-rulebook";

    public const string Tag = "alliance-rules-ready";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(warmup.Warming switch
        {
            null => HealthCheckResult.Unhealthy("the host has not started"),
            { IsCompletedSuccessfully: true } => HealthCheckResult.Healthy($"rulebook {RulebookVersion.Current} compiled"),
            { IsFaulted: true } warming => HealthCheckResult.Unhealthy("the rulebook failed to compile", warming.Exception?.GetBaseException()),
            { IsCanceled: true } => HealthCheckResult.Unhealthy("the warm-up was cancelled"),
            _ => HealthCheckResult.Unhealthy("compiling the rulebook"),
        });
}
