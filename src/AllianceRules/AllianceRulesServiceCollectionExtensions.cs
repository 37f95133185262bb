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
    /// key the options do not have is an error, not ignored), then changed by the
    /// <c>configure</c> actions of every call, in order (as every <c>services.Configure</c>), and
    /// validated when the host starts; the assessor is registered once. Where the configuration
    /// is already registered as an instance, its keys are checked here, at registration; else
    /// when the options are first built (at host start).
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The registered configuration has a key in the <c>AllianceRules</c> section that the options do not have.</exception>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services) => AddAllianceRules(services, _ => { });

    /// <summary>
    /// Registers <see cref="IAllianceAssessor"/> as <see cref="AddAllianceRules(IServiceCollection)"/>
    /// does, then changes the options with <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Switches claims off, adds rule types, sets budgets; applied after the configuration.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The registered configuration has a key in the <c>AllianceRules</c> section that the options do not have.</exception>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services, Action<AllianceRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        if (services.LastOrDefault(d => d.ServiceType == typeof(IConfiguration))?.ImplementationInstance is IConfiguration registered)
        {
            ThrowOnUnknownKeys(registered);
        }

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<AllianceRulesOptions>, BindFromConfiguration>());
        return Register(services, configure);
    }

    /// <summary>
    /// Registers <see cref="IAllianceAssessor"/> as <see cref="AddAllianceRules(IServiceCollection)"/>
    /// does, with its options bound from the <c>AllianceRules</c> section of
    /// <paramref name="configuration"/>, whose keys are checked now: a misspelt key fails here,
    /// naming the key and the options there are, not when the assessor is first resolved.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration (in a host, <c>builder.Configuration</c>).</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The <c>AllianceRules</c> section has a key the options do not have.</exception>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services, IConfiguration configuration) =>
        AddAllianceRules(services, configuration, _ => { });

    /// <summary>
    /// Registers <see cref="IAllianceAssessor"/> with its options bound from the <c>AllianceRules</c>
    /// section of <paramref name="configuration"/>, checked now, then changed by <paramref name="configure"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The app's configuration (in a host, <c>builder.Configuration</c>).</param>
    /// <param name="configure">Switches claims off, adds rule types, sets budgets; applied after the configuration.</param>
    /// <returns>The same service collection, for chaining.</returns>
    /// <exception cref="InvalidOperationException">The <c>AllianceRules</c> section has a key the options do not have.</exception>
    public static IServiceCollection AddAllianceRules(this IServiceCollection services, IConfiguration configuration, Action<AllianceRulesOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(configure);
        ThrowOnUnknownKeys(configuration);
        services.AddSingleton<IConfigureOptions<AllianceRulesOptions>>(new ConfigureNamedOptions<AllianceRulesOptions>(Options.DefaultName, options => Bind(configuration, options)));
        return Register(services, configure);
    }

    private static IServiceCollection Register(IServiceCollection services, Action<AllianceRulesOptions> configure)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<AllianceRulesOptions>, ValidateAllianceRulesOptions>());
        services.AddOptions<AllianceRulesOptions>().ValidateOnStart().Configure(configure);

        services.TryAddSingleton<IAllianceAssessor>(provider =>
            new AllianceAssessor(provider.GetRequiredService<IOptions<AllianceRulesOptions>>().Value, provider.GetService<ILoggerFactory>()));
        return services;
    }

    private static void Bind(IConfiguration configuration, AllianceRulesOptions options)
    {
        var section = configuration.GetSection(ConfigurationSection);
        if (section.Exists())
        {
            ThrowOnUnknownKeys(configuration);
            section.Bind(options, binder => binder.ErrorOnUnknownConfiguration = true);
        }
    }

    private static void ThrowOnUnknownKeys(IConfiguration configuration)
    {
        if (ConfigurationKeys.Problems(configuration.GetSection(ConfigurationSection)) is { Count: > 0 } problems)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, problems));
        }
    }

    /// <summary>Binds the <c>AllianceRules</c> section, if the app has configuration, before any code configures the options.</summary>
    private sealed class BindFromConfiguration(IServiceProvider provider) : IConfigureOptions<AllianceRulesOptions>
    {
        public void Configure(AllianceRulesOptions options)
        {
            if (provider.GetService<IConfiguration>() is { } configuration)
            {
                Bind(configuration, options);
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
