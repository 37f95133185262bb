using AllianceRules.Backtesting;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>Turns what one session derived into an <see cref="Assessment"/>, every list in a stable order.</summary>
internal sealed class AssessmentBuilder
{
    private readonly Scenario _scenario;
    private readonly IReadOnlyDictionary<object, Derivation> _derivations;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleDescription> _rules;
    private readonly bool _captureJustification;
    private readonly Dictionary<object, Justification> _justifications = [];
    private readonly Dictionary<object, MatchedFact> _matched = [];
    private readonly Dictionary<object, IReadOnlyList<string>> _decisionsOfFact = [];
    private readonly Dictionary<Justification, IReadOnlyList<string>> _decisionsBeneath = new(ReferenceEqualityComparer.Instance);

    public AssessmentBuilder(
        Scenario scenario,
        IReadOnlyDictionary<object, Derivation> derivations,
        IReadOnlyDictionary<IRuleDefinition, RuleDescription> rules,
        bool captureJustification = true)
    {
        _scenario = scenario;
        _derivations = derivations;
        _rules = rules;
        _captureJustification = captureJustification;
    }

    public Assessment Build() =>
        Assessment.Create(this, new ScenarioSummary(_scenario.Id, _scenario.Title, _scenario.Date), _scenario.Observed);

    /// <summary>The scenario's offers, in the order the scenario lists them.</summary>
    public IReadOnlyList<GreatPowerOffer> Offers => _scenario.Offers;

    public IEnumerable<T> Conclusions<T>() => _derivations.Keys.OfType<T>();

    public Justification[] Justify<T>(IEnumerable<T> facts) where T : notnull =>
        facts.Select(f => Justify(f))
            .OrderBy(j => j.Rule, StringComparer.Ordinal)
            .ThenBy(j => string.Join("\n", j.Matched.Select(m => m.Text)), StringComparer.Ordinal)
            .ToArray();

    private Justification Justify(object fact)
    {
        if (_justifications.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        var rule = _rules[derivation.Rule];
        var justification = _captureJustification
            ? new Justification(rule.Name, rule.Claims, rule.Decisions, derivation.Matched.Select(Match).ToArray())
            {
                Description = rule.Description,
                Drew = FactText.Describe(fact),
            }
            : new Justification(rule.Name, rule.Claims, rule.Decisions, []) { Description = rule.Description };
        _justifications[fact] = justification;
        _decisionsBeneath[justification] = DecisionsBeneath(fact);
        return justification;
    }

    private MatchedFact Match(object fact)
    {
        if (!_matched.TryGetValue(fact, out var matched))
        {
            matched = new MatchedFact(fact.GetType().Name, FactText.Describe(fact), _derivations.ContainsKey(fact) ? [Justify(fact)] : null);
            _matched[fact] = matched;
        }

        return matched;
    }

    public static IReadOnlyList<string> ClaimsOf(IEnumerable<Justification> because) =>
        ClaimIds.Order(because.SelectMany(j => j.Claims));

    /// <summary>The decisions a conclusion rests on: those of the rules that drew it and of every derived fact beneath (D27).</summary>
    public IReadOnlyList<string> DecisionsOf(IEnumerable<Justification> because) =>
        ClaimIds.Order(because.SelectMany(j => _decisionsBeneath[j]));

    private IReadOnlyList<string> DecisionsBeneath(object fact)
    {
        if (_decisionsOfFact.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        var decisions = ClaimIds.Order(_rules[derivation.Rule].Decisions
            .Concat(derivation.Matched.Where(_derivations.ContainsKey).SelectMany(DecisionsBeneath)));
        _decisionsOfFact[fact] = decisions;
        return decisions;
    }
}
