using System.Diagnostics;
using System.Runtime.ExceptionServices;
using AllianceRules.Claims;
using AllianceRules.Engine;
using AllianceRules.Counterfactuals;
using AllianceRules.Diagnostics;
using AllianceRules.Explanations;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceRules;

/// <summary>
/// The rulebook compiled once into an NRules session factory; each call to
/// <see cref="Assess(Scenario, CancellationToken)"/> runs a fresh session over the scenario's facts.
/// </summary>
/// <threadsafety>Safe for concurrent callers: the compiled rules are shared and read-only, and every assessment has its own session.</threadsafety>
#pragma warning disable RS0026 // Overloads by Scenario and ValidScenario: see IAllianceAssessor.
public sealed class AllianceAssessor : IAllianceAssessor
{
    private readonly ISessionFactory _sessionFactory;
    private readonly bool _captureJustification;
    private readonly int _maxRuleFirings;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleDescription> _rules;
    private readonly TimeSpan? _ruleTimeout;
    private readonly int _searchThreads = -1;
    private long _assessmentsBuilt;

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
    {
        ArgumentNullException.ThrowIfNull(options);
        Logger = loggerFactory?.CreateLogger<AllianceAssessor>() ?? (ILogger)NullLogger.Instance;
        var compiling = Stopwatch.StartNew();
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new ArgumentException(string.Join("; ", problems), nameof(options));
        }

        _captureJustification = options.CaptureJustification;
        _maxRuleFirings = options.MaxRuleFirings;
        _ruleTimeout = options.RuleTimeout;
        MaxSearchAssessments = options.MaxSearchAssessments;
        AidBenchmark = options.AidBenchmark ?? throw new ArgumentException("AidBenchmark must be set.", nameof(options));
        var repository = new RuleRepository();
        bool Enabled(NRules.Fluent.IRuleMetadata rule) =>
            !rule.Tags.Any(options.DisabledClaims.Contains) && !options.DisabledRules.Contains(rule.Name);

        try
        {
            repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true).Where(Enabled));
            if (options.AdditionalRuleTypes.Count > 0)
            {
                repository.Load(spec => spec.From(options.AdditionalRuleTypes).PrivateTypes(true).Where(Enabled).To("amendments"));
            }

            var definitions = repository.GetRules().ToArray();
            _rules = RuleDescription.Describe(definitions);
            Rules = [.. _rules.Values.OrderBy(rule => rule.Name, StringComparer.Ordinal)];
            _sessionFactory = options.InterpretRules
                ? new RuleCompiler { ExpressionCompiler = InterpretingCompiler.Instance }.Compile(definitions)
                : repository.Compile();
            Log.RulebookCompiled(Logger, RulebookVersion.Current, Rules.Count, compiling.ElapsedMilliseconds);
        }
        catch (Exception ex) when (ex is NRules.Fluent.RuleActivationException or NRules.Fluent.RuleDefinitionException or RuleCompilationException)
        {
            // A rule class that throws when made, defined or compiled: only added rules can, so name it.
            throw new RulebookException($"a rule cannot be loaded: {ex.Message}{(ex.InnerException is { } inner ? $" ({inner.Message})" : "")}", ex);
        }
    }

    /// <summary>The most assessments a what-if exploration or why-not explanation may run (<see cref="AllianceRulesOptions.MaxSearchAssessments"/>).</summary>
    public int MaxSearchAssessments { get; }

    /// <summary>
    /// This rulebook, compiled once, with a search budget of at most <paramref name="budget"/>,
    /// each search on one thread: for a host whose searches must stay smaller than the library's
    /// and must not take every core from other requests (the web service, which bounds how many
    /// run at once). Nothing is compiled again; the two share the compiled rules.
    /// </summary>
    internal AllianceAssessor WithSearchBudget(int budget) => new(this, Math.Clamp(budget, 1, MaxSearchAssessments));

    private AllianceAssessor(AllianceAssessor rulebook, int maxSearchAssessments)
    {
        _searchThreads = 1;
        Logger = rulebook.Logger;
        _sessionFactory = rulebook._sessionFactory;
        _captureJustification = rulebook._captureJustification;
        _maxRuleFirings = rulebook._maxRuleFirings;
        _ruleTimeout = rulebook._ruleTimeout;
        _rules = rulebook._rules;
        Rules = rulebook.Rules;
        AidBenchmark = rulebook.AidBenchmark;
        MaxSearchAssessments = maxSearchAssessments;
    }

    /// <summary>The aid benchmark this assessor's rules judge aid by (<see cref="AllianceRulesOptions.AidBenchmark"/>).</summary>
    public AidBenchmark AidBenchmark { get; }

    /// <inheritdoc />
    public IReadOnlyList<RuleDescription> Rules { get; }

    /// <inheritdoc />
    public Assessment Assess(Scenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Traced(scenario.Id, () => ValidScenario.From(scenario), cancellationToken);
    }

    /// <inheritdoc />
    public Assessment Assess(ValidScenario scenario, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Traced(scenario.Value.Id, () => scenario, cancellationToken);
    }

    /// <summary>One assessment in a span of its own; a scenario built in code is validated inside it, so a refusal is traced too.</summary>
    private Assessment Traced(string? id, Func<ValidScenario> valid, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Start("Assess", id);
        try
        {
            var session = NewSession();
            var assessment = Assess(valid(), session, cancellationToken);
            activity?.SetTag(AllianceRulesDiagnostics.RulesFiredTag, session.LastFired);
            return assessment;
        }
        catch (Exception ex)
        {
            Telemetry.Fail(activity, ex);
            throw;
        }
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
        return Traced(scenario.Id, () => ValidScenario.From(scenario), ConclusionQuery.Parse(conclusion), progress, cancellationToken);
    }

    /// <inheritdoc />
    public Explanation Explain(ValidScenario scenario, string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return Traced(scenario.Value.Id, () => scenario, ConclusionQuery.Parse(conclusion), progress, cancellationToken);
    }

    /// <summary>One explanation in a span of its own; a scenario built in code is validated inside it.</summary>
    private Explanation Traced(string? id, Func<ValidScenario> valid, ConclusionQuery query, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        using var activity = Telemetry.Start("Explain", id);
        try
        {
            var scenario = valid();
            return Explain(scenario, Assess(scenario, NewSession(), cancellationToken), query, progress, cancellationToken);
        }
        catch (Exception ex)
        {
            Telemetry.Fail(activity, ex);
            throw;
        }
    }

    /// <inheritdoc />
    public WhatIf Explore(Scenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        WhatIf.Explore(this, ValidScenario.From(scenario), progress, cancellationToken);

    /// <inheritdoc />
    public WhatIf Explore(ValidScenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return WhatIf.Explore(this, scenario, progress, cancellationToken);
    }

    /// <summary>Explains a conclusion of an assessment this assessor made of <paramref name="scenario"/>; searches counterfactuals only for a value that was not drawn.</summary>
    internal Explanation Explain(ValidScenario scenario, Assessment assessment, ConclusionQuery query, IProgress<SweepProgress>? progress, CancellationToken cancellationToken)
    {
        var explanation = new Explainer(this, scenario, assessment, progress, cancellationToken).Explain(query);
        Activity.Current?.SetTag(AllianceRulesDiagnostics.AssessedTag, explanation.Assessed);
        if (explanation.StoppedAtBudget)
        {
            Log.SearchBudgetReached(Logger, "Explain", scenario.Value.Id, explanation.Assessed);
        }

        return explanation;
    }

    /// <summary>
    /// Assesses a sequence of scenarios in one engine session, for sweeps over many similar
    /// scenarios: each scenario after the first costs only the retraction of the input facts the
    /// one before had and it lacks, the insertion of those it adds, and the rules those facts touch
    /// (truth maintenance withdraws the conclusions that lost their support). Every assessment is
    /// the one <see cref="Assess(Scenario, CancellationToken)"/> gives.
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

    /// <summary>For <see cref="AssessEach"/> callers that let a rulebook error end the sweep.</summary>
    internal static T Rethrow<T>(int index, RulebookException error)
    {
        ExceptionDispatchInfo.Throw(error);
        return default!;
    }

    /// <summary>
    /// Assesses valid scenarios in one session like <see cref="AssessMany"/>, handing each result
    /// (or rulebook error) to the caller with the scenario's index; after an engine failure the
    /// next scenario gets a new session. A rule that overruns the rule timeout ends the sweep with its
    /// <see cref="RulebookException"/>. Callers validate: the decision table's points are valid
    /// by construction and the what-if search checks its neighbours before it assesses them.
    /// </summary>
    /// <param name="scenarios">The scenarios, in order.</param>
    /// <param name="assessed">What to make of an assessment.</param>
    /// <param name="failed">What to make of a rulebook error.</param>
    /// <param name="progress">Counts each scenario assessed, if the caller reports progress.</param>
    /// <param name="detail">How much of each assessment the caller reads: less spares the work of building the rest.</param>
    /// <param name="cancellationToken">Stops the sweep between assessments.</param>
    internal IEnumerable<T> AssessEach<T>(
        IEnumerable<ValidScenario> scenarios,
        Func<int, Assessment, T> assessed,
        Func<int, RulebookException, T> failed,
        ProgressCounter? progress = null,
        Detail detail = Detail.Justified,
        CancellationToken cancellationToken = default)
    {
        EngineSession? session = null;
        var index = 0;
        foreach (var scenario in scenarios)
        {
            if (session is null or { Broken: true })
            {
                session = NewSession();
            }

            T result;
            try
            {
                result = assessed(index, Assess(scenario, session, cancellationToken, detail));
            }
            catch (RulebookException ex) when (!ex.RuleOverran)
            {
                // An overrun ends the sweep: going on would abandon one more thread per scenario.
                result = failed(index, ex);
            }

            index++;
            progress?.Step();
            yield return result;
        }
    }

    /// <summary>
    /// Assesses many scenarios on every core: contiguous blocks, each swept in one session, so
    /// neighbouring scenarios that share facts cost only what changes between them.
    /// </summary>
    /// <returns>The results in the order of <paramref name="scenarios"/>.</returns>
    internal T[] AssessInBlocks<T>(
        IReadOnlyList<ValidScenario> scenarios,
        Func<int, Assessment, T> assessed,
        Func<int, RulebookException, T> failed,
        ProgressCounter? progress = null,
        Detail detail = Detail.Justified,
        CancellationToken cancellationToken = default)
    {
        var results = new T[scenarios.Count];
        var blocks = Math.Min(scenarios.Count, Environment.ProcessorCount * 4);
        Sweep.For(
            blocks,
            _searchThreads,
            (block, stop) =>
            {
                var from = scenarios.Count * block / blocks;
                var to = scenarios.Count * (block + 1) / blocks;
                var index = from;
                foreach (var result in AssessEach(
                    scenarios.Take(from..to),
                    (i, assessment) => assessed(from + i, assessment),
                    (i, error) => failed(from + i, error),
                    progress,
                    detail,
                    stop))
                {
                    results[index++] = result;
                }
            },
            cancellationToken);

        return results;
    }

    /// <summary>Like <see cref="Assess(ValidScenario, CancellationToken)"/>, for callers that read only verdicts, rules, claims and decisions: no matched facts are listed or described.</summary>
    internal Assessment AssessVerdicts(ValidScenario scenario, CancellationToken cancellationToken = default) =>
        Assess(scenario, NewSession(), cancellationToken, Detail.Rules);

    /// <summary>The logger this assessor writes to.</summary>
    internal ILogger Logger { get; }

    /// <summary>One assessment in a session, measured for the meter when anyone listens.</summary>
    private Assessment Assess(ValidScenario scenario, EngineSession session, CancellationToken cancellationToken, Detail detail = Detail.Justified)
    {
        var started = Telemetry.Duration.Enabled ? Stopwatch.GetTimestamp() : 0;
        try
        {
            var assessment = Build(scenario, session.MoveTo(scenario, cancellationToken), detail);
            Telemetry.Assessments.Add(1);
            Telemetry.RulesFired.Record(session.LastFired);
            if (started != 0)
            {
                Telemetry.Duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
            }

            return assessment;
        }
        catch (RulebookException ex)
        {
            Telemetry.Failures.Add(1);
            Log.AssessmentFailed(Logger, scenario.Value.Id, ex.Message);
            throw;
        }
    }

    /// <summary>
    /// Assesses a valid scenario in a new session and names every rule that drew a fact standing
    /// at rest: those behind the conclusions, and those whose facts only stand in another rule's
    /// way (matched under <c>Not</c>) and so show in no justification. Coverage counts these.
    /// </summary>
    internal (Assessment Assessment, IReadOnlyList<string> RulesFired) AssessWithRulesFired(ValidScenario scenario)
    {
        var derivations = NewSession().MoveTo(scenario);
        IReadOnlyList<string> fired = [.. derivations.Values.Select(d => d.Rule.Name).Distinct().Order(StringComparer.Ordinal)];
        return (Build(scenario, derivations), fired);
    }

    /// <summary>The derived facts of a scenario with the rule that drew each, for rule tests.</summary>
    internal IReadOnlyDictionary<object, Derivation> Derive(ValidScenario scenario, CancellationToken cancellationToken = default) => NewSession().MoveTo(scenario, cancellationToken);

    /// <summary>How many assessments this assessor has built: lets tests see how much work a call did.</summary>
    internal long AssessmentsBuilt => Interlocked.Read(ref _assessmentsBuilt);

    private EngineSession NewSession() => new(_sessionFactory, _maxRuleFirings, AidBenchmark, _ruleTimeout);

    private Assessment Build(ValidScenario scenario, IReadOnlyDictionary<object, Derivation> derivations, Detail detail = Detail.Justified)
    {
        Interlocked.Increment(ref _assessmentsBuilt);
        if (detail == Detail.Justified && !_captureJustification)
        {
            detail = Detail.Rules;
        }

        return new AssessmentBuilder(scenario.Value, derivations, _rules, detail).Build() with { Origin = (this, scenario) };
    }
}
#pragma warning restore RS0026
