using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AllianceRules.AspNetCore.Health;

/// <summary>
/// Compiles the rulebook when the host starts, off the start-up path, by resolving the assessor
/// (its constructor compiles the rules): until that is done the instance is alive but not ready,
/// so a load balancer sends it no traffic that would wait for the compiler.
/// </summary>
internal sealed class RulebookWarmup(IServiceProvider services) : IHostedService
{
    private Task? _warming;

    /// <summary>The warm-up, once the host has started; null before.</summary>
    public Task? Warming => _warming;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _warming = Task.Run(() => services.GetRequiredService<IAllianceAssessor>(), CancellationToken.None);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
