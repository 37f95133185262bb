using System.Collections.Concurrent;
using System.Diagnostics;
using AllianceRules.Diagnostics;
using AllianceRules.Scenarios;
using Embedding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace AllianceRules.Tests.Diagnostics;

/// <summary>
/// The library in a .NET host as an app embeds it (the Embedding sample's host): options from
/// appsettings.json, logs through ILogger, and traces and metrics through OpenTelemetry's
/// in-memory exporters.
/// </summary>
public class ObservabilityTests
{
    [Fact]
    public async Task EmbeddingHost_ConfiguresFromAppSettings_LogsTracesAndMeasures()
    {
        var spans = new List<Activity>();
        var metrics = new List<Metric>();
        var logs = new CapturingLoggerProvider();
        var builder = EmbeddingHost.CreateBuilder([]);
        builder.Logging.AddProvider(logs);
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(AllianceRulesDiagnostics.ActivitySourceName).AddInMemoryExporter(spans))
            .WithMetrics(meters => meters.AddMeter(AllianceRulesDiagnostics.MeterName).AddInMemoryExporter(metrics));
        using var host = builder.Build();
        await host.StartAsync();

        var options = host.Services.GetRequiredService<IOptions<AllianceRulesOptions>>().Value;
        var assessor = host.Services.GetRequiredService<IAllianceAssessor>();
        // Other tests assess at the same time and the activity source is process-wide: this one's spans carry an ID of its own.
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")! with { Id = "observability-" + Guid.NewGuid().ToString("N") };
        assessor.Assess(scenario);
        assessor.Explain(scenario, "posture=Bandwagon");
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        await host.StopAsync();

        // samples/Embedding/appsettings.json sets these.
        Assert.Equal(2000, options.MaxSearchAssessments);
        Assert.Equal(TimeSpan.FromSeconds(30), options.RuleTimeout);

        var ours = spans.Where(s => Equals(s.GetTagItem(AllianceRulesDiagnostics.ScenarioIdTag), scenario.Id)).ToArray();
        var assess = Assert.Single(ours, s => s.OperationName == "AllianceRules.Assess");
        Assert.Equal(RulebookVersion.Current, assess.GetTagItem(AllianceRulesDiagnostics.RulebookVersionTag));

        Assert.True((int)assess.GetTagItem(AllianceRulesDiagnostics.RulesFiredTag)! > 10);
        var explain = Assert.Single(ours, s => s.OperationName == "AllianceRules.Explain");
        Assert.True((int)explain.GetTagItem(AllianceRulesDiagnostics.AssessedTag)! > 0);

        Assert.Contains(metrics, m => m.Name == "alliance_rules.assessments");
        Assert.Contains(metrics, m => m.Name == "alliance_rules.assessment.duration" && m.Unit == "s");
        Assert.Contains(metrics, m => m.Name == "alliance_rules.rules_fired");
        Assert.Contains(logs.Messages, m => m.StartsWith($"Compiled rulebook {RulebookVersion.Current}:", StringComparison.Ordinal));
    }

    [Fact]
    public void AddAllianceRules_Twice_AppliesBothConfigurations_InOrder()
    {
        var services = new ServiceCollection();
        services.AddAllianceRules(o => o.DisabledClaims.Add("C27"));
        services.AddAllianceRules(o => o.MaxSearchAssessments = 100);
        using var provider = services.BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<AllianceRulesOptions>>().Value;

        Assert.Contains("C27", options.DisabledClaims);
        Assert.Equal(100, options.MaxSearchAssessments);
        Assert.Single(services, d => d.ServiceType == typeof(IAllianceAssessor));
    }

    [Fact]
    public async Task Host_InvalidOptions_FailsWhenItStarts_NotOnFirstUse()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("AllianceRules:MaxSearchAssessments", "0")]);
        builder.Services.AddAllianceRules();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxSearchAssessments must be at least 1, not 0.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Configuration_KeyTheOptionsDoNotHave_IsAnError()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection([new("AllianceRules:MaxSerchAssessments", "10")]);
        builder.Services.AddAllianceRules();
        using var host = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => host.Services.GetRequiredService<IOptions<AllianceRulesOptions>>().Value);

        Assert.Contains("MaxSerchAssessments", error.Message, StringComparison.Ordinal);
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Messages { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(Messages);

        public void Dispose()
        {
        }

        private sealed class Logger(ConcurrentQueue<string> messages) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                messages.Enqueue(formatter(state, exception));
        }
    }
}
