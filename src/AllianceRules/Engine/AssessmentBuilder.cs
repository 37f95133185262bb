using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>Turns what one session derived into an <see cref="Assessment"/>, every list in a stable order.</summary>
/// <remarks>
/// Each derived fact is justified once and each matched fact described once, however many
/// conclusions rest on it; lists of claims and decisions that come from one rule alone are that
/// rule's own (already ordered) lists, shared rather than copied.
/// </remarks>
internal sealed class AssessmentBuilder : IFindingSource
{
    private static readonly Comparison<Justification> ByRuleThenMatched = CompareJustifications;

    private readonly Scenario _scenario;
    private readonly IReadOnlyDictionary<object, Derivation> _derivations;
    private readonly IReadOnlyDictionary<IRuleDefinition, RuleDescription> _rules;
    private readonly Detail _detail;
    private readonly Dictionary<object, Justification> _justifications = [];
    private readonly Dictionary<object, MatchedFact> _matched = [];
    private readonly Dictionary<object, IReadOnlyList<string>> _decisionsOfFact = [];
    private readonly Dictionary<Justification, IReadOnlyList<string>> _decisionsBeneath = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<object, IReadOnlyList<string>> _hedgesOfFact = [];
    private readonly Dictionary<Justification, IReadOnlyList<string>> _hedgesBeneath = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> _ids = [];
    private AbsenceExplainer? _absences;

    public AssessmentBuilder(
        Scenario scenario,
        IReadOnlyDictionary<object, Derivation> derivations,
        IReadOnlyDictionary<IRuleDefinition, RuleDescription> rules,
        Detail detail = Detail.Justified)
    {
        _scenario = scenario;
        _derivations = derivations;
        _rules = rules;
        _detail = detail;
        if (detail != Detail.Values)
        {
            // Nearly every derived fact is justified once: sized once rather than grown through every prime.
            _justifications.EnsureCapacity(derivations.Count);
            _decisionsOfFact.EnsureCapacity(derivations.Count);
            _decisionsBeneath.EnsureCapacity(derivations.Count);
            _hedgesOfFact.EnsureCapacity(derivations.Count);
            _hedgesBeneath.EnsureCapacity(derivations.Count);
        }
    }

    /// <summary>The assessment; backtested against the record unless only values are read.</summary>
    public Assessment Build() =>
        Assessment.Create(this, new ScenarioSummary(_scenario.Id, _scenario.Title, _scenario.Date), _detail == Detail.Values ? null : _scenario.Observed, warnings: _detail != Detail.Values);

    /// <summary>The scenario assessed.</summary>
    public Scenario Scenario => _scenario;

    /// <summary>The scenario's offers, in the order the scenario lists them.</summary>
    public IReadOnlyList<GreatPowerOffer> Offers => _scenario.Offers;

    /// <summary>The derived facts of one kind, in the order the session recorded them.</summary>
    public List<T> Conclusions<T>()
    {
        var conclusions = new List<T>();
        foreach (var fact in _derivations.Keys)
        {
            if (fact is T conclusion)
            {
                conclusions.Add(conclusion);
            }
        }

        return conclusions;
    }

    /// <summary>The justification of one conclusion fact.</summary>
    public Justification[] Justify(object fact) => _detail == Detail.Values ? [] : [Justify1(fact)];

    /// <summary>The justifications of several facts that make one conclusion, ordered by rule, then by the facts matched.</summary>
    public Justification[] Justify<T>(List<T> facts) where T : notnull
    {
        if (_detail == Detail.Values)
        {
            return [];
        }

        var because = new Justification[facts.Count];
        for (var i = 0; i < because.Length; i++)
        {
            because[i] = Justify1(facts[i]);
        }

        if (because.Length > 1)
        {
            FindingLists.StableSort(because, ByRuleThenMatched);
        }

        return because;
    }

    private static int CompareJustifications(Justification x, Justification y)
    {
        var byRule = string.CompareOrdinal(x.Rule, y.Rule);
        return byRule != 0 ? byRule : string.CompareOrdinal(MatchedKey(x), MatchedKey(y));
    }

    private static string MatchedKey(Justification justification)
    {
        var matched = justification.Matched;
        return matched.Count switch
        {
            0 => "",
            1 => matched[0].Text,
            _ => string.Join("\n", Texts(matched)),
        };

        static string[] Texts(IReadOnlyList<MatchedFact> matched)
        {
            var texts = new string[matched.Count];
            for (var i = 0; i < texts.Length; i++)
            {
                texts[i] = matched[i].Text;
            }

            return texts;
        }
    }

    private Justification Justify1(object fact)
    {
        if (_justifications.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        if (_detail == Detail.Rules && derivation.RulesOnly is var (kept, decisions, hedges))
        {
            _justifications[fact] = kept;
            _decisionsBeneath[kept] = decisions;
            _hedgesBeneath[kept] = hedges;
            return kept;
        }

        var rule = _rules[derivation.Rule];
        Justification justification;
        if (_detail == Detail.Justified)
        {
            var facts = derivation.Matched;
            var matched = new MatchedFact[facts.Count];
            for (var i = 0; i < matched.Length; i++)
            {
                matched[i] = Match(facts[i]);
            }

            justification = new Justification(rule.Name, rule.Claims, rule.Decisions, matched)
            {
                Description = rule.Description,
                Drew = FactText.Describe(fact),
                Absent = rule.Absences.Count == 0 ? null : (_absences ??= new AbsenceExplainer(_scenario, _derivations, _rules)).Of(fact, rule),
            };
        }
        else
        {
            justification = new Justification(rule.Name, rule.Claims, rule.Decisions, []) { Description = rule.Description };
        }

        _justifications[fact] = justification;
        var beneath = _decisionsBeneath[justification] = Beneath(fact, _decisionsOfFact, static rule => rule.RestsOn);
        var hedged = _hedgesBeneath[justification] = Beneath(fact, _hedgesOfFact, static rule => rule.Hedges);
        if (_detail == Detail.Rules)
        {
            derivation.RulesOnly = (justification, beneath, hedged);
        }

        return justification;
    }

    private MatchedFact Match(object fact)
    {
        if (!_matched.TryGetValue(fact, out var matched))
        {
            matched = new MatchedFact(fact.GetType().Name, FactText.Describe(fact), _derivations.ContainsKey(fact) ? [Justify1(fact)] : null);
            _matched[fact] = matched;
        }

        return matched;
    }

    /// <summary>The decisions a conclusion rests on: those of the rules that drew it and of every derived fact beneath (D27).</summary>
    public IReadOnlyList<string> DecisionsOf(Justification[] because) => Of(because, _decisionsBeneath);

    /// <summary>
    /// The hedges a conclusion inherits: the claims, anywhere in its justification, whose modal
    /// word qualifies it (rulebook v3, "Hedges"), so that no conclusion reads surer than its claims.
    /// </summary>
    public IReadOnlyList<string> HedgesOf(Justification[] because) => Of(because, _hedgesBeneath);

    private static IReadOnlyList<string> Of(Justification[] because, Dictionary<Justification, IReadOnlyList<string>> beneath)
    {
        if (because.Length == 0)
        {
            return [];
        }

        if (because.Length == 1)
        {
            return beneath[because[0]];
        }

        var ids = new List<string>();
        foreach (var justification in because)
        {
            ids.AddRange(beneath[justification]);
        }

        return ClaimIds.OrderInPlace(ids);
    }

    /// <summary>The IDs a rule gives its conclusion (<paramref name="own"/>), with those of every derived fact beneath, cached per fact.</summary>
    private IReadOnlyList<string> Beneath(object fact, Dictionary<object, IReadOnlyList<string>> cache, Func<RuleDescription, IReadOnlyList<string>> own)
    {
        if (cache.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        var ofRule = own(_rules[derivation.Rule]);
        IReadOnlyList<string>? only = ofRule.Count > 0 ? ofRule : null;
        List<string>? ids = null;
        foreach (var matched in derivation.MatchedUnordered)
        {
            if (!_derivations.ContainsKey(matched))
            {
                continue;
            }

            var beneath = Beneath(matched, cache, own);
            if (beneath.Count == 0 || ReferenceEquals(beneath, only))
            {
                continue;
            }

            if (only is null)
            {
                only = beneath;
                continue;
            }

            ids ??= [.. only];
            ids.AddRange(beneath);
        }

        IReadOnlyList<string> result = ids is not null ? ClaimIds.OrderInPlace(ids) : only ?? [];
        cache[fact] = result;
        return result;
    }
}
