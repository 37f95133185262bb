using AllianceRules.Facts;
using AllianceRules.Scenarios;
using System.Runtime.ExceptionServices;
using NRules;
using NRules.AgendaFilters;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>
/// One NRules session and what it has derived. <see cref="MoveTo"/> brings the working memory to
/// a scenario's input facts by retracting only the facts the previous scenario had and this one
/// lacks and inserting only the new ones; truth maintenance retracts every conclusion whose
/// support went, and firing draws the new ones. A fresh session moves from nothing, so one
/// assessment and a sweep run the same code.
/// </summary>
/// <remarks>
/// Facts are matched by equality, as NRules identifies them: records with equal values are one
/// fact. A rule that throws or a rule set that will not come to rest ends the move with a
/// <see cref="RulebookException"/> naming the rule, and leaves the session <see cref="Broken"/>:
/// it must not be moved again.
/// </remarks>
internal sealed class EngineSession
{
    private readonly ISession _session;
    private readonly DerivationRecorder _recorder;
    private readonly int _maxRuleFirings;
    private readonly TimeSpan? _ruleTimeout;
    private HashSet<object> _inputs = [];
    private object[]? _parameters;
    private string? _failingConditionOf;
    private volatile string? _firing;
    private volatile bool _inAction;
    private readonly NeverFire? _switchedOff;
    private MoveWorker? _worker;
    private FindingsMemo? _memo;
    private int _moves;

    public EngineSession(ISessionFactory factory, int maxRuleFirings, AidBenchmark aidBenchmark, TimeSpan? ruleTimeout = null, IReadOnlyList<IRuleDefinition>? switchedOff = null, bool recordMatched = true)
    {
        _session = factory.CreateSession();
        if (switchedOff is { Count: > 0 })
        {
            _switchedOff = new NeverFire();
            foreach (var rule in switchedOff)
            {
                _session.Agenda.AddFilter(rule, _switchedOff);
            }
        }

        _recorder = new DerivationRecorder(_session.Events, recordMatched);
        _maxRuleFirings = maxRuleFirings;
        _ruleTimeout = ruleTimeout;
        if (ruleTimeout is not null)
        {
            // Only a timed session needs to know which rule is running, to name the one that blocks;
            // outside an action, what runs is a condition, and NRules does not say whose.
            _session.Events.RuleFiringEvent += (_, e) => (_firing, _inAction) = (e.Rule.Name, true);
            _session.Events.RuleFiredEvent += (_, _) => _inAction = false;
        }

        // The session's parameters are facts too: inserted once, with the first scenario's facts
        // (one propagation instead of two), they stay while scenarios come and go.
        _parameters = [aidBenchmark];
        _session.Events.LhsExpressionFailedEvent += (_, e) =>
            _failingConditionOf ??= string.Join(", ", e.Rules.Select(rule => $"'{rule.Name}'").Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// The switched-off rules whose activations reached the agenda since the session began: the
    /// rules that would have fired had they been on. For a session that made one move, a
    /// switched-off rule not named here would not have fired, and so changes nothing.
    /// </summary>
    public IReadOnlyCollection<string> OfferedSwitchedOff => _switchedOff?.Offered ?? [];

    /// <summary>
    /// What the session's last assessment of <paramref name="detail"/> built, for the next to reuse
    /// (<see cref="FindingsMemo"/>); none for <see cref="Detail.Justified"/>, and none before the
    /// second move, so that a session for one assessment never pays for keeping what it built.
    /// </summary>
    public FindingsMemo? MemoFor(Detail detail) =>
        detail == Detail.Justified || _moves < 2 ? null : _memo?.Detail == detail ? _memo : _memo = new FindingsMemo(detail);

    /// <summary>How many rules fired in the last move.</summary>
    public int LastFired { get; private set; }

    /// <summary>Whether a move failed half-way; the working memory is then in no defined state.</summary>
    public bool Broken { get; private set; }

    /// <summary>
    /// Brings the working memory to <paramref name="scenario"/> (valid) and fires the rules.
    /// </summary>
    /// <returns>Every fact the rules derived for it, with how; valid until the next move.</returns>
    /// <exception cref="OperationCanceledException">Cancelled; the session is broken.</exception>
    public IReadOnlyDictionary<object, Derivation> MoveTo(ValidScenario scenario, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (Broken)
        {
            throw new InvalidOperationException("The session broke on an earlier scenario; use a new one.");
        }

        Broken = true;
        var next = new HashSet<object>(InputFacts(scenario.Value));
        try
        {
            List<object>? gone = null;
            foreach (var fact in _inputs)
            {
                if (!next.Contains(fact))
                {
                    (gone ??= []).Add(fact);
                }
            }

            var added = new List<object>(next.Count + 1);
            if (_parameters is { } parameters)
            {
                added.AddRange(parameters);
                _parameters = null;
            }

            foreach (var fact in next)
            {
                if (!_inputs.Contains(fact))
                {
                    added.Add(fact);
                }
            }

            // Matching the facts runs the rules' conditions, and firing their actions: a timed
            // session times both.
            var fired = _ruleTimeout is { } timeout ? MoveWithin(timeout, gone, added, cancellationToken) : Move(gone, added, cancellationToken);
            LastFired = fired;
            if (fired >= _maxRuleFirings && !_session.Agenda.IsEmpty)
            {
                throw new RulebookException(
                    $"the rules fired {fired} times without coming to rest (the cap is {_maxRuleFirings}); " +
                    $"'{_session.Agenda.Peek().Rule.Name}' was about to fire again. The built-in rules fire at most a few thousand times " +
                    "for a scenario within the documented limits (ScenarioLimits), so a rule set that keeps firing loops: a defect in the rules or in an amendment" +
                    (_maxRuleFirings < AllianceRulesOptions.DefaultMaxRuleFirings
                        ? $", or MaxRuleFirings ({_maxRuleFirings}) is set below its default ({AllianceRulesOptions.DefaultMaxRuleFirings})."
                        : "."));
            }
        }
        catch (RuleRhsExpressionEvaluationException ex)
        {
            throw new RulebookException($"rule '{ex.RuleName}' failed in its action: {(ex.InnerException ?? ex).Message}", ex);
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            throw new RulebookException($"a condition of rule {_failingConditionOf ?? "(unknown)"} failed: {(ex.InnerException ?? ex).Message}", ex);
        }

        _inputs = next;
        Broken = false;
        _moves = Math.Min(_moves + 1, 2);
        return _recorder.Derivations;
    }

    /// <summary>Retracts what goes, inserts what comes (matching runs the rules' conditions), and fires.</summary>
    private int Move(List<object>? gone, List<object> added, CancellationToken cancellationToken)
    {
        if (gone is not null)
        {
            _session.RetractAll(gone);
        }

        if (added.Count > 0)
        {
            _session.InsertAll(added);
        }

        return Fire(cancellationToken);
    }

    /// <summary>Fires the rules; NRules sees a cancellation between two firings.</summary>
    private int Fire(CancellationToken cancellationToken)
    {
        var fired = _session.Fire(_maxRuleFirings, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return fired;
    }

    /// <summary>
    /// Moves on the session's worker thread and gives up after <paramref name="timeout"/>: a rule
    /// that blocks, in a condition or in its action, cannot be stopped, only abandoned, so the
    /// session is left broken and its worker to finish on its own (or with the process: the CLI
    /// ends when a rule overruns).
    /// </summary>
    private int MoveWithin(TimeSpan timeout, List<object>? gone, List<object> added, CancellationToken cancellationToken)
    {
        _inAction = false;
        // The closure is made here, so that an untimed move (a sweep's) allocates none.
        var moving = (_worker ??= new MoveWorker()).Start(() => Move(gone, added, cancellationToken));
        try
        {
            if (moving.Wait(timeout, cancellationToken))
            {
                return moving.Result;
            }
        }
        catch (AggregateException ex) when (ex.InnerExceptions.Count == 1)
        {
            ExceptionDispatchInfo.Throw(ex.InnerExceptions[0]);
        }

        // A fact an action inserts is matched at once, inside the action: what blocks there may be
        // another rule's condition, which the message allows for.
        var message = _inAction
            ? $"rule '{_firing ?? "(unknown)"}' did not finish within {timeout.TotalSeconds:0.###} s (the rule timeout), in its action or in a condition its action set off: a rule that blocks is a defect in the rules or in an amendment."
            : $"a rule's condition did not finish within {timeout.TotalSeconds:0.###} s (the rule timeout) while the rules matched facts (NRules does not say whose): a rule that blocks is a defect in the rules or in an amendment.";
        throw new RulebookException(message, new TimeoutException(message));
    }

    /// <summary>
    /// One thread that moves a timed session, matching and firing its rules, move after move: a thread of its own, not one
    /// from the pool (when sweeps keep the pool busy, a pooled worker could wait past the timeout
    /// before firing anything, and the timeout would blame a rule that never ran), and not a new
    /// one per move (a sweep of thousands of scenarios would start thousands). It is a background
    /// thread, so it never keeps the process alive, and it ends after a while without work, so a
    /// session dropped without a word leaves no thread behind; the next move starts another.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim whose wait handle is never asked for holds nothing to dispose; the worker may be abandoned inside a rule, so it has no point at which to dispose.")]
    private sealed class MoveWorker
    {
        // Moves in a sweep come microseconds apart; a host's single assessments leave it at once. A
        // short idle keeps one thread per sweep block, and few parked for a host under load.
        private static readonly TimeSpan Idle = TimeSpan.FromMilliseconds(250);

        private readonly object _gate = new();
        private readonly SemaphoreSlim _work = new(0);
        private Func<int>? _next;
        private TaskCompletionSource<int>? _done;
        private bool _running;

        /// <summary>Hands <paramref name="move"/> to the worker; the task completes with its result or exception.</summary>
        public Task<int> Start(Func<int> move)
        {
            var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_gate)
            {
                (_next, _done) = (move, done);
                if (!_running)
                {
                    _running = true;
                    new Thread(Run) { IsBackground = true, Name = "AllianceRules rule firing" }.Start();
                }

                _work.Release();
            }

            return done.Task;
        }

        private void Run()
        {
            while (true)
            {
                if (!_work.Wait(Idle))
                {
                    lock (_gate)
                    {
                        if (_work.CurrentCount == 0)
                        {
                            _running = false;
                            return;
                        }
                    }

                    continue;
                }

                FireNext();
            }
        }

        // Takes the work out of the fields and off this thread's stack once done: an idle worker
        // must not hold the session it last fired for (a web request's, a sweep block's), or each
        // dropped session and its working memory would live on until the worker ends.
        private void FireNext()
        {
            Func<int> move;
            TaskCompletionSource<int> done;
            lock (_gate)
            {
                (move, done) = (_next!, _done!);
                (_next, _done) = (null, null);
            }

            try
            {
                done.SetResult(move());
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        }
    }

    private static IEnumerable<object> InputFacts(Scenario scenario)
    {
        yield return scenario.Roles;
        yield return scenario.Relation;
        foreach (var power in scenario.Powers)
        {
            yield return power;
        }

        foreach (var constraint in scenario.Geography)
        {
            yield return constraint;
        }

        foreach (var offer in scenario.Offers)
        {
            yield return offer;
        }

        foreach (var coercion in scenario.Coercion)
        {
            yield return coercion;
        }
    }

    /// <summary>Keeps a rule's activations off the agenda: the rule matches, but never fires. It notes each rule it kept off.</summary>
    private sealed class NeverFire : IAgendaFilter
    {
        public HashSet<string> Offered { get; } = new(StringComparer.Ordinal);

        public bool Accept(AgendaContext context, Activation activation)
        {
            Offered.Add(activation.Rule.Name);
            return false;
        }
    }
}
