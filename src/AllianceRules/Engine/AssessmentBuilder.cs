using AllianceRules.Facts;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>Turns what one session derived into an <see cref="Assessment"/>, in a stable order.</summary>
internal sealed class AssessmentBuilder
{
    private readonly Scenario _scenario;
    private readonly IReadOnlyDictionary<object, Derivation> _derivations;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleInfo> _rules;
    private readonly Dictionary<object, Justification> _justifications = [];

    public AssessmentBuilder(
        Scenario scenario,
        IReadOnlyDictionary<object, Derivation> derivations,
        IReadOnlyDictionary<IRuleDefinition, RuleInfo> rules)
    {
        _scenario = scenario;
        _derivations = derivations;
        _rules = rules;
    }

    public Assessment Build() => new()
    {
        Scenario = new ScenarioSummary(_scenario.Id, _scenario.Title, _scenario.Date),
        Rulebook = RulebookVersion.Current,
        Posture = BuildPosture(),
    };

    private PostureFinding BuildPosture()
    {
        var postures = Conclusions<PostureConclusion>().ToList();
        if (postures.Count != 1)
        {
            throw new RulebookException(
                $"The rulebook drew {postures.Count} postures ({string.Join(", ", postures.Select(p => p.Value))}); exactly one is expected.");
        }

        var because = Justify(postures);
        return new PostureFinding(postures[0].Value, ClaimsOf(because), because);
    }

    private IEnumerable<T> Conclusions<T>() => _derivations.Keys.OfType<T>();

    private Justification[] Justify<T>(IEnumerable<T> facts) where T : notnull =>
        facts.Select(f => Justify(f)).OrderBy(j => j.Rule, StringComparer.Ordinal).ToArray();

    private Justification Justify(object fact)
    {
        if (_justifications.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        var rule = _rules[derivation.Rule];
        var justification = new Justification(rule.Name, rule.Claims, derivation.Matched.Select(Match).ToArray())
        {
            Description = rule.Description,
        };
        _justifications[fact] = justification;
        return justification;
    }

    private MatchedFact Match(object fact) =>
        _derivations.ContainsKey(fact)
            ? new MatchedFact(fact.GetType().Name, FactText.Describe(fact), [Justify(fact)])
            : new MatchedFact(fact.GetType().Name, FactText.Describe(fact), null);

    private static IReadOnlyList<string> ClaimsOf(IEnumerable<Justification> because) =>
        ClaimIds.Order(because.SelectMany(j => j.Claims));
}
