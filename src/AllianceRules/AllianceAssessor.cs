using AllianceRules.Diagnostics;
using AllianceRules.Engine;
using AllianceRules.Counterfactuals;
using AllianceRules.Explanations;
using AllianceRules.Scenarios;
using Microsoft.Extensions.Logging;

namespace AllianceRules;

/// <summary>
/// The rulebook compiled once into an NRules session factory; each call to
/// <see cref="Assess(Scenario, CancellationToken)"/> runs a fresh session over the scenario's facts.
/// </summary>
/// <remarks>
/// A thin face over <see cref="RulebookHost"/>, which owns the compiled rules, the sessions and
/// the sweeps: this class validates what callers give, opens the spans, and hands explanations
/// and explorations to the tools that make them. Pass it wherever a <see cref="RulebookHost"/>
/// is asked for (the decision table, theory exports and diffs, what-if).
/// </remarks>
/// <threadsafety>Safe for concurrent callers: the compiled rules are shared and read-only, and every assessment has its own session.</threadsafety>
#pragma warning disable RS0026 // Overloads by Scenario and ValidScenario: see IAllianceAssessor.
public sealed class AllianceAssessor : RulebookHost, IAllianceAssessor
{
    /// <summary>Compiles the article's rulebook as it stands.</summary>
    public AllianceAssessor()
        : this(new AllianceRulesOptions())
    {
    }

    /// <summary>Compiles the rulebook with the given options (claims switched off, rules added).</summary>
    /// <param name="options">Which rules to compile.</param>
    /// <exception cref="ArgumentException">The options switch off a claim or rule the rulebook does not have (see <see cref="AllianceRulesOptions.Validate"/>), or set no aid benchmark.</exception>
    public AllianceAssessor(AllianceRulesOptions options)
        : this(options, null)
    {
    }

    /// <summary>Compiles the rulebook with the given options, logging to <paramref name="loggerFactory"/>.</summary>
    /// <param name="options">Which rules to compile.</param>
    /// <param name="loggerFactory">Where to log (the rulebook compiled, an assessment failed, a search stopped at its budget); null for nowhere.</param>
    public AllianceAssessor(AllianceRulesOptions options, ILoggerFactory? loggerFactory)
        : base(options, loggerFactory?.CreateLogger<AllianceAssessor>())
    {
    }

    private AllianceAssessor(AllianceAssessor rulebook, int maxSearchAssessments)
        : base(rulebook, maxSearchAssessments, searchThreads: 1)
    {
    }

    /// <summary>
    /// This rulebook, compiled once, with a search budget of at most <paramref name="budget"/>
    /// and each search on one thread: for a host whose searches must stay smaller than the
    /// library's and must not take every core from other requests (the web service, which bounds
    /// how many run at once). Nothing is compiled again; the two share the compiled rules.
    /// </summary>
    /// <param name="budget">The most assessments a what-if or why-not may run, clamped to 1 and to this rulebook's own budget.</param>
    /// <returns>An assessor over the same compiled rules.</returns>
    public AllianceAssessor WithSearchBudget(int budget) => new(this, Math.Clamp(budget, 1, MaxSearchAssessments));

    /// <inheritdoc />
    public Assessment Assess(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return AssessTraced(scenario, cancellationToken);
    }

    /// <inheritdoc />
    public Assessment Assess(ValidScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return AssessTraced(scenario.Value.Id, () => scenario, cancellationToken);
    }

    /// <summary>
    /// Explains one conclusion of <paramref name="scenario"/>: why it was drawn, or, for a value
    /// that was not, what stands in the way and the smallest changes to the input (one change,
    /// else two) that would draw it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come, if a value not drawn is asked.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">The question does not name a conclusion.</exception>
    public Explanation Explain(Scenario scenario, string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(conclusion);
        return Traced(scenario.Id, () => ValidScenario.From(scenario), ConclusionQuery.Parse(conclusion), CounterfactualOptions.Default, progress, cancellationToken);
    }

    /// <inheritdoc />
    public Explanation Explain(ValidScenario scenario, string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(conclusion);
        return Traced(scenario.Value.Id, () => scenario, ConclusionQuery.Parse(conclusion), CounterfactualOptions.Default, progress, cancellationToken);
    }

    /// <inheritdoc />
    public Explanation Explain(Scenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(conclusion);
        return Traced(scenario.Id, () => ValidScenario.From(scenario), ConclusionQuery.Parse(conclusion), options, progress, cancellationToken);
    }

    /// <inheritdoc />
    public Explanation Explain(ValidScenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(conclusion);
        return Traced(scenario.Value.Id, () => scenario, ConclusionQuery.Parse(conclusion), options, progress, cancellationToken);
    }

    /// <summary>One explanation in a span of its own; a scenario built in code is validated inside it.</summary>
    private Explanation Traced(string? id, Func<ValidScenario> valid, ConclusionQuery query, CounterfactualOptions options, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Start("Explain", id);
        try
        {
            var scenario = valid();
            return Explainer.Explain(this, scenario, AssessUntraced(scenario, cancellationToken), query, options, progress, cancellationToken);
        }
        catch (Exception ex)
        {
            Telemetry.Fail(activity, ex);
            throw;
        }
    }

    /// <inheritdoc />
    public WhatIf Explore(Scenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WhatIf.Explore(this, ValidScenario.From(scenario), CounterfactualOptions.Default, progress, cancellationToken);

    /// <inheritdoc />
    public WhatIf Explore(ValidScenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return WhatIf.Explore(this, scenario, CounterfactualOptions.Default, progress, cancellationToken);
    }

    /// <inheritdoc />
    public WhatIf Explore(Scenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return WhatIf.Explore(this, ValidScenario.From(scenario), options, progress, cancellationToken);
    }

    /// <inheritdoc />
    public WhatIf Explore(ValidScenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        return WhatIf.Explore(this, scenario, options, progress, cancellationToken);
    }

    /// <summary>
    /// Assesses a sequence of scenarios in one engine session, for sweeps over many similar
    /// scenarios: each scenario after the first costs only the retraction of the input facts the
    /// one before had and it lacks, the insertion of those it adds, and the rules those facts touch
    /// (truth maintenance withdraws the conclusions that lost their support). Every assessment is
    /// the one <see cref="Assess(Scenario, CancellationToken)"/> gives. Without justification
    /// (<see cref="AllianceRulesOptions.CaptureJustification"/> false), a kind of finding that a
    /// scenario draws from the same derivations as the one before is the same finding instance:
    /// findings are immutable, so compare them by value.
    /// </summary>
    /// <param name="scenarios">The scenarios, assessed lazily in order as the result is enumerated.</param>
    /// <param name="progress">Told how many scenarios have been assessed (the total where the sequence knows its count).</param>
    /// <param name="cancellationToken">Stops the sweep between assessments and rule firings.</param>
    /// <returns>One assessment per scenario, in order.</returns>
    /// <exception cref="ScenarioValidationException">A scenario is invalid (raised when it is reached).</exception>
    /// <exception cref="RulebookException">The rule set misbehaved on a scenario (raised when it is reached).</exception>
    /// <threadsafety>Each enumeration has its own session: enumerate on as many threads as you like, each enumeration on one.</threadsafety>
    public IEnumerable<Assessment> AssessMany(IEnumerable<Scenario> scenarios, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenarios);
        var counter = new ProgressCounter(progress, 0, scenarios.TryGetNonEnumeratedCount(out var count) ? count : null);
        return Traced(AssessEach(scenarios.Select(Valid), (_, assessment) => assessment, Rethrow<Assessment>, counter, cancellationToken: cancellationToken));

        static IEnumerable<Assessment> Traced(IEnumerable<Assessment> assessments)
        {
            // One span for the whole enumeration, opened when it starts: the sweep is lazy.
            using var activity = Telemetry.Start("Sweep", null);
            var count = 0;
            foreach (var assessment in assessments)
            {
                count++;
                yield return assessment;
            }

            activity?.SetTag(AllianceRulesDiagnostics.AssessedTag, count);
        }

        static ValidScenario Valid(Scenario scenario) =>
            scenario is null
                ? throw new ArgumentException("The sequence holds a null scenario.", nameof(scenarios))
                : ValidScenario.From(scenario);
    }
}
#pragma warning restore RS0026
