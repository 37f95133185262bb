using AllianceRules.Claims;
using AllianceRules.Engine;
using AllianceRules.Explanations;
using NRules;
using NRules.Fluent;
using NRules.RuleModel;

namespace AllianceRules;

/// <summary>
/// The rulebook compiled once into an NRules session factory; each call to
/// <see cref="Assess"/> runs a fresh session over the scenario's facts.
/// </summary>
/// <threadsafety>Safe for concurrent callers: the compiled rules are shared and read-only, and every assessment has its own session.</threadsafety>
public sealed class AllianceAssessor : IAllianceAssessor
{
    private readonly ISessionFactory _sessionFactory;
    private readonly bool _captureJustification;
    private readonly int _maxRuleFirings;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleDescription> _rules;

    /// <summary>Compiles the article's rulebook as it stands.</summary>
    public AllianceAssessor()
        : this(new AllianceRulesOptions())
    {
    }

    /// <summary>Compiles the rulebook with the given options (claims switched off, rules added).</summary>
    /// <param name="options">Which rules to compile.</param>
    public AllianceAssessor(AllianceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRuleFirings, 1, nameof(options));
        _captureJustification = options.CaptureJustification;
        _maxRuleFirings = options.MaxRuleFirings;
        var repository = new RuleRepository();
        bool Enabled(NRules.Fluent.IRuleMetadata rule) =>
            !rule.Tags.Any(options.DisabledClaims.Contains) && !options.DisabledRules.Contains(rule.Name);

        repository.Load(spec => spec.From(typeof(AllianceAssessor).Assembly).PrivateTypes(true).Where(Enabled));
        if (options.AdditionalRuleTypes.Count > 0)
        {
            repository.Load(spec => spec.From(options.AdditionalRuleTypes).PrivateTypes(true).Where(Enabled).To("amendments"));
        }

        var definitions = repository.GetRules().ToArray();
        _rules = definitions.ToDictionary(rule => rule, RuleDescription.From);
        Rules = [.. _rules.Values.OrderBy(rule => rule.Name, StringComparer.Ordinal)];
        _sessionFactory = repository.Compile();
    }

    /// <summary>Every compiled rule, ordered by name: the rulebook as this assessor applies it.</summary>
    public IReadOnlyList<RuleDescription> Rules { get; }

    /// <inheritdoc />
    public Assessment Assess(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ScenarioValidator.ThrowIfInvalid(scenario);
        return new AssessmentBuilder(scenario, Derive(scenario), _rules, _captureJustification).Build() with { Origin = (this, scenario) };
    }

    /// <summary>
    /// Explains one conclusion of <paramref name="scenario"/>: why it was drawn, or, for a value
    /// that was not, what stands in the way and the smallest changes to the input (one change,
    /// else two) that would draw it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">The question does not name a conclusion.</exception>
    public Explanation Explain(Scenario scenario, string conclusion)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var query = ConclusionQuery.Parse(conclusion);
        ScenarioValidator.ThrowIfInvalid(scenario);
        return new Explainer(this, scenario).Explain(query);
    }

    /// <summary>
    /// Runs one session over a valid scenario and returns every fact the rules derived, with how.
    /// A rule that throws, or a rule set that keeps firing past the cap, ends the assessment with
    /// a <see cref="RulebookException"/> naming the rule; the session is dropped, so the assessor
    /// stays usable.
    /// </summary>
    internal IReadOnlyDictionary<object, Derivation> Derive(Scenario scenario)
    {
        var session = _sessionFactory.CreateSession();
        var recorder = new DerivationRecorder(session.Events);
        string? failingConditionOf = null;
        session.Events.LhsExpressionFailedEvent += (_, e) =>
            failingConditionOf ??= string.Join(", ", e.Rules.Select(rule => $"'{rule.Name}'").Order(StringComparer.Ordinal));
        try
        {
            session.InsertAll(InputFacts(scenario));
            var fired = session.Fire(_maxRuleFirings);
            if (fired >= _maxRuleFirings && !session.Agenda.IsEmpty)
            {
                throw new RulebookException(
                    $"the rules fired {fired} times without coming to rest (the cap is {_maxRuleFirings}); " +
                    $"'{session.Agenda.Peek().Rule.Name}' was about to fire again. A rule set that loops is a defect in the rules or in an amendment.");
            }
        }
        catch (RuleRhsExpressionEvaluationException ex)
        {
            throw new RulebookException($"rule '{ex.RuleName}' failed in its action: {(ex.InnerException ?? ex).Message}", ex);
        }
        catch (RuleLhsExpressionEvaluationException ex)
        {
            throw new RulebookException($"a condition of rule {failingConditionOf ?? "(unknown)"} failed: {(ex.InnerException ?? ex).Message}", ex);
        }

        return recorder.Derivations;
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
}
