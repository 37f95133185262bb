using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceRules;

/// <summary>Registers AllianceRules with a service collection.</summary>
public static class AllianceRulesServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IAllianceAssessor"/> as a singleton (the rules compile once, on first
    /// use). Does nothing if an assessor is already registered.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optionally switches claims off or adds rule types.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services, Action<AllianceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IAllianceAssessor>(_ =>
        {
            var options = new AllianceRulesOptions();
            configure?.Invoke(options);
            return new AllianceAssessor(options);
        });
        return services;
    }
}
