using System.Diagnostics;
using System.Runtime.ExceptionServices;
using AllianceRules.Claims;
using AllianceRules.Diagnostics;
using AllianceRules.Facts;
using AllianceRules.Rules;
using AllianceRules.Scenarios;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>
/// The rulebook compiled once into an NRules session factory, with the one way every tool runs
/// it: single assessments, sweeps in one session, sweeps in parallel blocks, and the bare
/// derivations. <see cref="AllianceAssessor"/> is the public face of it; the decision table,
/// theory exports and diffs, what-if and the backtest take a <see cref="RulebookHost"/>, so any
/// <see cref="AllianceAssessor"/> can be passed to them.
/// </summary>
/// <remarks>
/// The host is its own type so that the tools (Theory, Counterfactuals, Explanations, Testing,
/// Backtesting) depend on the engine and never on the facade, which itself calls the tools.
/// Only this assembly makes one: construct an <see cref="AllianceAssessor"/>.
/// </remarks>
/// <threadsafety>Safe for concurrent callers: the compiled rules are shared and read-only, and every assessment has its own session.</threadsafety>
public class RulebookHost
{
    /// <summary>The fewest scenarios a block of a parallel sweep is given while there are cores to spare.</summary>
    private const int MinimumBlock = 64;

    private readonly ISessionFactory _sessionFactory;
    private readonly bool _captureJustification;
    private readonly int _maxRuleFirings;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleDescription> _rules;
    private readonly TimeSpan? _ruleTimeout;
    private readonly int _searchThreads = -1;
    private readonly IRuleDefinition[] _switchedOff = [];
    private long _assessmentsBuilt;

    /// <summary>Compiles the rulebook with the given options, logging to <paramref name="logger"/> (the facade's category, which hosts already filter by).</summary>
    /// <exception cref="ArgumentException">The options switch off a claim or rule the rulebook does not have, or set no aid benchmark.</exception>
    /// <exception cref="RulebookException">A rule class cannot be made, defined or compiled.</exception>
    internal RulebookHost(AllianceRulesOptions options, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        Logger = logger ?? NullLogger.Instance;
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
        var ruleTypes = new Dictionary<string, Type>(StringComparer.Ordinal);
        bool Enabled(NRules.Fluent.IRuleMetadata rule)
        {
            var enabled = !rule.Tags.Any(options.DisabledClaims.Contains) && !options.DisabledRules.Contains(rule.Name);
            if (enabled)
            {
                // The class gives the words for the rule's conditions; an amendment's rule of the same name wins, as it is loaded last.
                ruleTypes[rule.Name] = rule.RuleType;
            }

            return enabled;
        }

        try
        {
            // The library also holds the rules of the alternative readings: only their amendments add them.
            repository.Load(spec => spec.From(typeof(RulebookHost).Assembly).PrivateTypes(true).Where(rule => AlternativeToAttribute.IsArticleRule(rule.RuleType) && Enabled(rule)));
            if (options.AdditionalRuleTypes.Count > 0)
            {
                repository.Load(spec => spec.From(options.AdditionalRuleTypes).PrivateTypes(true).NestedTypes(true).Where(Enabled).To("amendments"));
            }

            var definitions = repository.GetRules().ToArray();
            try
            {
                _rules = RuleDescription.Describe(definitions, ruleTypes);
            }
            catch (InvalidOperationException ex)
            {
                // Only an added rule can give its conditions' words wrongly (the built-in ones are tested): name it.
                throw new RulebookException($"a rule cannot be loaded: {ex.Message}", ex);
            }

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

    /// <summary>The same compiled rules with a search budget and thread count of their own: nothing is compiled again.</summary>
    private protected RulebookHost(RulebookHost rulebook, int maxSearchAssessments, int searchThreads)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        Logger = rulebook.Logger;
        _sessionFactory = rulebook._sessionFactory;
        _captureJustification = rulebook._captureJustification;
        _maxRuleFirings = rulebook._maxRuleFirings;
        _ruleTimeout = rulebook._ruleTimeout;
        _rules = rulebook._rules;
        Rules = rulebook.Rules;
        AidBenchmark = rulebook.AidBenchmark;
        MaxSearchAssessments = maxSearchAssessments;
        _searchThreads = searchThreads;
    }

    /// <summary>The same compiled rules with some of them kept off the agenda: they match, but never fire.</summary>
    private RulebookHost(RulebookHost rulebook, IRuleDefinition[] switchedOff)
        : this(rulebook, rulebook.MaxSearchAssessments, rulebook._searchThreads)
    {
        _switchedOff = switchedOff;
        Rules = [.. rulebook.Rules.Where(rule => !switchedOff.Any(off => off.Name == rule.Name))];
    }

    /// <summary>
    /// This rulebook without the named rules, compiled once: their activations are kept off the
    /// agenda (an NRules agenda filter), so they never fire and draw nothing, which is what
    /// compiling the rulebook without them (<see cref="AllianceRulesOptions.DisabledRules"/>) gives
    /// whenever their conditions evaluate without error. A condition of a switched-off rule still
    /// runs; where one throws, the view throws and the caller asks the compiled rulebook.
    /// </summary>
    /// <param name="rules">Names of rules of this rulebook.</param>
    internal RulebookHost WithRulesSwitchedOff(IReadOnlyCollection<string> rules) =>
        new(this, [.. _rules.Keys.Where(rule => rules.Contains(rule.Name)).Concat(_switchedOff).Distinct()]);

    /// <summary>The most assessments a what-if exploration or why-not explanation may run (<see cref="AllianceRulesOptions.MaxSearchAssessments"/>).</summary>
    public int MaxSearchAssessments { get; }

    /// <summary>The aid benchmark this rulebook's rules judge aid by (<see cref="AllianceRulesOptions.AidBenchmark"/>).</summary>
    public AidBenchmark AidBenchmark { get; }

    /// <summary>Every rule this rulebook applies, ordered by name, with its claims and decisions (claims switched off are absent, amendments present).</summary>
    public IReadOnlyList<RuleDescription> Rules { get; }

    /// <summary>Every rule's description by its definition, with its absences and what it needs (for the tests of the words the rules give).</summary>
    internal IReadOnlyDictionary<IRuleDefinition, RuleDescription> Descriptions => _rules;

    /// <summary>The compiled rules, for probes that drive a session of their own.</summary>
    internal ISessionFactory SessionFactory => _sessionFactory;

    /// <summary>The logger this rulebook writes to.</summary>
    internal ILogger Logger { get; }

    /// <summary>One assessment of a scenario built in code, validated inside its span (<see cref="AllianceAssessor.Assess(Scenario, CancellationToken)"/>).</summary>
    internal Assessment AssessTraced(Scenario scenario, CancellationToken cancellationToken) =>
        AssessTraced(scenario.Id, () => ValidScenario.From(scenario), cancellationToken);

    /// <summary>One assessment in a new session, in a span of its own; a scenario built in code is validated inside it, so a refusal is traced too.</summary>
    internal Assessment AssessTraced(string? id, Func<ValidScenario> valid, CancellationToken cancellationToken)
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

    /// <summary>One assessment in a new session, untraced (the caller's span covers it).</summary>
    internal Assessment AssessUntraced(ValidScenario scenario, CancellationToken cancellationToken) => Assess(scenario, NewSession(), cancellationToken);

    /// <summary>For <see cref="AssessEach"/> callers that let a rulebook error end the sweep.</summary>
    internal static T Rethrow<T>(int index, RulebookException error)
    {
        ExceptionDispatchInfo.Throw(error);
        return default!;
    }

    /// <summary>
    /// Assesses valid scenarios in one session (what <see cref="AllianceAssessor.AssessMany"/> runs), handing each result
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
                session = NewSession(detail);
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
        InBlocks(
            scenarios.Count,
            (from, to, stop) =>
            {
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

    /// <summary>Runs <paramref name="block"/> over contiguous ranges of 0 to <paramref name="count"/> − 1 on every core, each range once.</summary>
    private void InBlocks(int count, Action<int, int, CancellationToken> block, CancellationToken cancellationToken)
    {
        // Four blocks a core keep the cores evenly busy, but each block starts a new session that
        // inserts its first scenario whole: a small sweep (a what-if's 22 single changes) is cut
        // into fewer, longer blocks, at least one a core.
        var blocks = Math.Min(count, Math.Clamp(count / MinimumBlock, Environment.ProcessorCount, Environment.ProcessorCount * 4));
        Sweep.For(blocks, _searchThreads, (b, stop) => block(count * b / blocks, count * (b + 1) / blocks, stop), cancellationToken);
    }

    /// <summary>
    /// Sweeps scenarios on every core in blocks, one session a block, as <see cref="AssessInBlocks"/>
    /// does, handing the caller what each scenario derived together with a way to build its
    /// assessment from that: one pass serves callers that read both (the lint's traces and outcomes).
    /// </summary>
    /// <param name="scenarios">The scenarios, in sweep order.</param>
    /// <param name="derived">What to make of a scenario's derivations (valid only during the call) and the builder of its assessment, which may throw a <see cref="RulebookException"/>.</param>
    /// <param name="failed">What to make of a session that failed to come to rest (a rule that throws or loops).</param>
    /// <param name="detail">How much of an assessment the builder builds.</param>
    /// <param name="cancellationToken">Stops the sweep between scenarios.</param>
    /// <returns>The results in the order of <paramref name="scenarios"/>.</returns>
    internal T[] DeriveInBlocks<T>(
        IReadOnlyList<ValidScenario> scenarios,
        Func<int, IReadOnlyDictionary<object, Derivation>, Func<Assessment>, T> derived,
        Func<int, RulebookException, T> failed,
        Detail detail,
        CancellationToken cancellationToken = default)
    {
        var results = new T[scenarios.Count];
        InBlocks(
            scenarios.Count,
            (from, to, stop) =>
            {
                EngineSession? session = null;
                for (var i = from; i < to; i++)
                {
                    if (session is null or { Broken: true })
                    {
                        session = NewSession(detail);
                    }

                    IReadOnlyDictionary<object, Derivation> derivations;
                    try
                    {
                        derivations = session.MoveTo(scenarios[i], stop);
                    }
                    catch (RulebookException ex) when (!ex.RuleOverran)
                    {
                        results[i] = failed(i, ex);
                        continue;
                    }

                    var scenario = scenarios[i];
                    // The builder may run after a later move broke the session and a new one took its
                    // place: it must reuse only what the session that derived these built.
                    var deriving = session;
                    results[i] = derived(i, derivations, () => Build(scenario, derivations, detail, deriving));
                }
            },
            cancellationToken);

        return results;
    }

    /// <summary>
    /// Each scenario in a session of its own, on every core: the rules that drew a fact standing at
    /// rest, and the switched-off rules of this view that would have fired (their activations
    /// reached the agenda). A rule set that differs from this one by those rules only can draw
    /// otherwise only where one of them is named.
    /// </summary>
    /// <returns>Per scenario, in order, the rules named; null where the session did not come to rest (every rule may matter there).</returns>
    internal IReadOnlySet<string>?[] RulesInvolved(IReadOnlyList<ValidScenario> scenarios, ProgressCounter? progress = null, CancellationToken cancellationToken = default)
    {
        var involved = new IReadOnlySet<string>?[scenarios.Count];
        Sweep.For(
            scenarios.Count,
            _searchThreads,
            (i, stop) =>
            {
                var session = NewSession(Detail.Values);
                try
                {
                    var rules = new HashSet<string>(session.MoveTo(scenarios[i], stop).Values.Select(d => d.Rule.Name), StringComparer.Ordinal);
                    rules.UnionWith(session.OfferedSwitchedOff);
                    involved[i] = rules;
                }
                catch (RulebookException ex) when (!ex.RuleOverran)
                {
                    involved[i] = null;
                }

                progress?.Step();
            },
            cancellationToken);
        return involved;
    }

    /// <summary>Like <see cref="AllianceAssessor.Assess(ValidScenario, CancellationToken)"/>, for callers that read only verdicts, rules, claims and decisions: no matched facts are listed or described.</summary>
    internal Assessment AssessVerdicts(ValidScenario scenario, CancellationToken cancellationToken = default) =>
        Assess(scenario, NewSession(), cancellationToken, Detail.Rules);

    /// <summary>One assessment in a session, measured for the meter when anyone listens.</summary>
    private Assessment Assess(ValidScenario scenario, EngineSession session, CancellationToken cancellationToken, Detail detail = Detail.Justified)
    {
        var started = Telemetry.Duration.Enabled ? Stopwatch.GetTimestamp() : 0;
        try
        {
            var assessment = Build(scenario, session.MoveTo(scenario, cancellationToken), detail, session);
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

    /// <summary>A new session; one for <see cref="Detail.Values"/> keeps no matched facts, which nothing then reads.</summary>
    private EngineSession NewSession(Detail detail = Detail.Justified) =>
        new(_sessionFactory, _maxRuleFirings, AidBenchmark, _ruleTimeout, _switchedOff, recordMatched: detail != Detail.Values);

    /// <summary>
    /// The assessment of what a session derived for <paramref name="scenario"/> (or what it would
    /// have: the lint builds from derivations it reduced). Given the <paramref name="session"/> the
    /// derivations are its own, the findings its last assessment built are reused where nothing they
    /// were built from has changed (<see cref="FindingsMemo"/>).
    /// </summary>
    internal Assessment Build(ValidScenario scenario, IReadOnlyDictionary<object, Derivation> derivations, Detail detail = Detail.Justified, EngineSession? session = null)
    {
        Interlocked.Increment(ref _assessmentsBuilt);
        // Only an assessment asked for whole is read as a report, with its warnings.
        var warnings = detail == Detail.Justified;
        if (detail == Detail.Justified && !_captureJustification)
        {
            detail = Detail.Rules;
        }

        return new AssessmentBuilder(scenario.Value, derivations, _rules, detail, session?.MemoFor(detail)).Build(warnings) with { Origin = (this, scenario) };
    }
}
