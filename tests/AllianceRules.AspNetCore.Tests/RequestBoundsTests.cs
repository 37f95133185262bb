using System.Net;
using AllianceRules.AspNetCore.Tests.Support;
using AllianceRules.Claims;
using AllianceRules.Counterfactuals;
using AllianceRules.Diagnostics;
using AllianceRules.Explanations;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>Costly requests (explain, what-if) cannot starve cheap ones: a bounded number run, a bounded number wait, the rest get 429; every class has a time limit.</summary>
public sealed class RequestBoundsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private static readonly string Scenario = Requests.Scenario("1978-soviet-alliance");

    private WebApplicationFactory<Program> With(SearchBlockingAssessor assessor, Action<AllianceRulesServiceOptions> configure) =>
        factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAllianceAssessor>();
            services.AddSingleton<IAllianceAssessor>(assessor);
            services.Configure(configure);
        }));

    [Fact]
    public async Task CostlyFull_NextSearchGets429WithRetryAfter_AssessStillAnswers()
    {
        var assessor = new SearchBlockingAssessor();
        using var app = With(assessor, o => (o.CostlyConcurrency, o.CostlyQueue, o.RetryAfter) = (1, 0, TimeSpan.FromSeconds(3)));
        using var client = app.CreateClient();

        var running = client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        await assessor.SearchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var refused = await client.PostAsync("/alliance/explain", Requests.Explain(Scenario, "posture=Bandwagon"));
        using var assessed = await client.PostAsync("/alliance/assess", Requests.Json(Scenario));
        assessor.Release();
        using var finished = await running;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("3", Requests.Header(refused, "Retry-After"));
        var problem = await Requests.ReadObjectAsync(refused);
        Assert.Equal(429, (int)problem["status"]!);
        Assert.Contains("queue is full", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, assessed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
    }

    [Fact]
    public async Task CostlyQueue_WaitingSearchRunsWhenThePlaceFrees()
    {
        var assessor = new SearchBlockingAssessor();
        using var app = With(assessor, o => (o.CostlyConcurrency, o.CostlyQueue) = (1, 1));
        using var client = app.CreateClient();

        var first = client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        await assessor.SearchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var queued = client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        await Task.Delay(200);
        Assert.False(queued.IsCompleted);
        assessor.Release();

        Assert.Equal(HttpStatusCode.OK, (await first).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await queued).StatusCode);
    }

    [Fact]
    public async Task CostlyQueue_WaitingPastTheClassLimit_Gets504_WhileThePlaceIsStillHeld()
    {
        // The first search does not stop when cancelled, so it holds the only place until released.
        var assessor = new SearchBlockingAssessor { IgnoresCancellation = true };
        using var app = With(assessor, o => (o.CostlyConcurrency, o.CostlyQueue, o.CostlyTimeout) = (1, 1, TimeSpan.FromMilliseconds(500)));
        using var client = app.CreateClient();

        var first = client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        await assessor.SearchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        // The queued search's limit runs while it waits: it is answered 504 though the place is still held.
        using var queued = await client.PostAsync("/alliance/whatif", Requests.Json(Scenario)).WaitAsync(TimeSpan.FromSeconds(20));
        var firstStillRunning = !first.IsCompleted;
        assessor.Release();
        using var _ = await first;

        Assert.Equal(HttpStatusCode.GatewayTimeout, queued.StatusCode);
        Assert.Contains("0.5 s", (string?)(await Requests.ReadObjectAsync(queued))["detail"], StringComparison.Ordinal);
        Assert.True(firstStillRunning, "the queued search was answered only after the place was free");
    }

    [Fact]
    public async Task PerClient_SecondSearchOfOneClient_Gets429()
    {
        var assessor = new SearchBlockingAssessor();
        using var app = With(assessor, o => (o.CostlyConcurrency, o.CostlyPerClient) = (4, 1));
        using var client = app.CreateClient();

        var running = client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        await assessor.SearchStarted.Task.WaitAsync(TimeSpan.FromSeconds(30));
        using var refused = await client.PostAsync("/alliance/whatif", Requests.Json(Scenario));
        assessor.Release();
        using var _ = await running;

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("this client", (string?)(await Requests.ReadObjectAsync(refused))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostlyTimeout_SearchIsCancelledAndAnswered504()
    {
        var assessor = new SearchBlockingAssessor();
        using var app = With(assessor, o => o.CostlyTimeout = TimeSpan.FromMilliseconds(300));
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/alliance/whatif", Requests.Json(Scenario));

        // The search blocks for 30 s unless cancelled: a 504 with the cancellation seen is the timeout's doing.
        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.True(assessor.SearchCancelled.Task.IsCompleted, "the timeout did not reach the search");
        Assert.Contains("0.3 s", (string?)(await Requests.ReadObjectAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task CostlyTimeout_IsLoggedAsAWarning_UnderTheDecision()
    {
        var logs = new ListLogger();
        var assessor = new SearchBlockingAssessor();
        using var app = With(assessor, o => o.CostlyTimeout = TimeSpan.FromMilliseconds(300));
        using var logged = app.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs)));
        using var client = logged.CreateClient();

        using var response = await client.PostAsync("/alliance/whatif", Requests.Json(Scenario));

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        var warning = Assert.Single(logs.Entries, e => e.Category.EndsWith(".RequestBounds", StringComparison.Ordinal));
        Assert.Equal((Microsoft.Extensions.Logging.LogLevel.Warning, "A costly request ran past its time limit of 0.3 s: it was cancelled and answered 504"), (warning.Level, warning.Message));
    }

    /// <summary>Keeps what the service logs, with its category and level.</summary>
    private sealed class ListLogger : Microsoft.Extensions.Logging.ILoggerProvider
    {
        public System.Collections.Concurrent.ConcurrentQueue<(string Category, Microsoft.Extensions.Logging.LogLevel Level, string Message)> Entries { get; } = new();

        public Microsoft.Extensions.Logging.ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Logger(ListLogger owner, string category) : Microsoft.Extensions.Logging.ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull => null;

            public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

            public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                owner.Entries.Enqueue((category, logLevel, formatter(state, exception)));
        }
    }

    [Fact]
    public void InvalidOptions_AreRefusedWhenTheEndpointsAreMapped()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddAllianceRules();
        builder.Services.Configure<AllianceRulesServiceOptions>(o => o.CostlyConcurrency = 0);
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapAllianceRules());

        Assert.Contains("CostlyConcurrency must be at least 1, not 0.", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The article's rulebook for assessments; searches block until released or cancelled.</summary>
    private sealed class SearchBlockingAssessor : IAllianceAssessor
    {
        private static readonly AllianceAssessor Rulebook = new();
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SearchStarted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource SearchCancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public IReadOnlyList<RuleDescription> Rules => Rulebook.Rules;

        /// <summary>A search that does not stop when cancelled (a slow step between checks): it holds its place until released.</summary>
        public bool IgnoresCancellation { get; init; }

        public void Release() => _released.TrySetResult();

        public Assessment Assess(Scenario scenario, CancellationToken cancellationToken = default) => Rulebook.Assess(scenario, cancellationToken);

        public Assessment Assess(ValidScenario scenario, CancellationToken cancellationToken = default) => Rulebook.Assess(scenario, cancellationToken);

        public IEnumerable<Assessment> AssessMany(IEnumerable<Scenario> scenarios, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
            Rulebook.AssessMany(scenarios, progress, cancellationToken);

        public Explanation Explain(Scenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Block(cancellationToken);
            return Rulebook.Explain(scenario, conclusion, options, progress, cancellationToken);
        }

        public WhatIf Explore(Scenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Block(cancellationToken);
            return Rulebook.Explore(scenario, options, progress, cancellationToken);
        }

        public Explanation Explain(ValidScenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Block(cancellationToken);
            return Rulebook.Explain(scenario, conclusion, options, progress, cancellationToken);
        }

        public WhatIf Explore(ValidScenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
        {
            Block(cancellationToken);
            return Rulebook.Explore(scenario, options, progress, cancellationToken);
        }

        private void Block(CancellationToken cancellationToken)
        {
            SearchStarted.TrySetResult();
            try
            {
                // Bounded, so a release or a cancellation that never comes fails the test instead of hanging it.
                _released.Task.Wait(TimeSpan.FromSeconds(30), IgnoresCancellation ? CancellationToken.None : cancellationToken);
            }
            catch (OperationCanceledException)
            {
                SearchCancelled.TrySetResult();
                throw;
            }
        }
    }
}
