using AllianceRules.Claims;
using AllianceRules.Counterfactuals;
using AllianceRules.Diagnostics;
using AllianceRules.Explanations;
using AllianceRules.Scenarios;

namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>
/// An assessor that blocks every call until its cancellation token fires, and records that it
/// saw the token fire: the endpoint tests use it to show that an aborted request cancels the work.
/// </summary>
internal sealed class BlockingAssessor : IAllianceAssessor
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Cancelled { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<RuleDescription> Rules => [];

    public Assessment Assess(Scenario scenario, CancellationToken cancellationToken = default) => Block<Assessment>(cancellationToken);

    public Assessment Assess(ValidScenario scenario, CancellationToken cancellationToken = default) => Block<Assessment>(cancellationToken);

    public IEnumerable<Assessment> AssessMany(IEnumerable<Scenario> scenarios, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Block<IEnumerable<Assessment>>(cancellationToken);

    public Explanation Explain(Scenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Block<Explanation>(cancellationToken);

    public Explanation Explain(ValidScenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Block<Explanation>(cancellationToken);

    public WhatIf Explore(Scenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) => Block<WhatIf>(cancellationToken);

    public WhatIf Explore(ValidScenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) => Block<WhatIf>(cancellationToken);

    private T Block<T>(CancellationToken cancellationToken)
    {
        Started.TrySetResult();
        // Bounded, so a token that never fires fails the test instead of hanging it.
        if (!cancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30)))
        {
            throw new TimeoutException("the request's cancellation never reached the assessor");
        }

        Cancelled.TrySetResult();
        cancellationToken.ThrowIfCancellationRequested();
        return default!;
    }
}
