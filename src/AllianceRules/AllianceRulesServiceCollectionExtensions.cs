using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AllianceRules;

/// <summary>Registers AllianceRules with a service collection.</summary>
public static class AllianceRulesServiceCollectionExtensions
{
    /// <summary>The configuration section <see cref="AllianceRulesOptions"/> are bound from.</summary>
    public const string ConfigurationSection = "AllianceRules";

    /// <summary>
    /// Registers <see cref="IAllianceAssessor"/> as a singleton (the rules compile once, on first
    /// use) with <see cref="AllianceRulesOptions"/> the .NET way: bound from the
    /// <c>AllianceRules</c> section of the app's <see cref="IConfiguration"/> when there is one (a
    /// key the options do not have is an error, not ignored), then changed by
    /// <paramref name="configure"/>, and validated when the host starts. Calling it again adds
    /// another <paramref name="configure"/>, applied after the first, as every
    /// <c>services.Configure</c> does; the assessor is registered once.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Optionally switches claims off, adds rule types, sets budgets.</param>
    /// <returns>The same service collection, for chaining.</returns>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services, Action<AllianceRulesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AllianceRulesOptions>, BindFromConfiguration>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AllianceRulesOptions>, ValidateAllianceRulesOptions>());
        var options = services.AddOptions<AllianceRulesOptions>().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton<IAllianceAssessor>(provider =>
            new AllianceAssessor(provider.GetRequiredService<IOptions<AllianceRulesOptions>>().Value, provider.GetService<ILoggerFactory>()));
        return services;
    }

    /// <summary>Binds the <c>AllianceRules</c> section, if the app has configuration, before any code configures the options.</summary>
    private sealed class BindFromConfiguration(IServiceProvider provider) : IConfigureOptions<AllianceRulesOptions>
    {
        public void Configure(AllianceRulesOptions options)
        {
            var section = provider.GetService<IConfiguration>()?.GetSection(ConfigurationSection);
            if (section is not null && section.Exists())
            {
                section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
            }
        }
    }

    /// <summary>Refuses options the assessor could not be made with, when the host starts rather than on first use.</summary>
    private sealed class ValidateAllianceRulesOptions : IValidateOptions<AllianceRulesOptions>
    {
        public ValidateOptionsResult Validate(string? name, AllianceRulesOptions options)
        {
            var problems = options.Validate();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}
