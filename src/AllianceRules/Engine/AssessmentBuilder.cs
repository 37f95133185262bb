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
    private readonly FindingsMemo? _memo;
    private readonly bool _sessionsOwn;
    private JustificationTables? _tables;
    private AbsenceExplainer? _absences;
    private List<Derivation>? _all;
    private List<FindingsMemo.Read>? _reads;
    private bool _readScenario;

    /// <summary>A builder of the assessment of what one session derived for a scenario (or what it would have).</summary>
    /// <param name="scenario">The scenario assessed.</param>
    /// <param name="derivations">What the session derived for it.</param>
    /// <param name="rules">Every rule's description.</param>
    /// <param name="detail">How much to build.</param>
    /// <param name="memo">What the session's last assessment built, to be reused where nothing it read has changed, and kept up to date; ignored unless of <paramref name="detail"/>.</param>
    public AssessmentBuilder(
        Scenario scenario,
        IReadOnlyDictionary<object, Derivation> derivations,
        IReadOnlyDictionary<IRuleDefinition, RuleDescription> rules,
        Detail detail = Detail.Justified,
        FindingsMemo? memo = null)
    {
        _scenario = scenario;
        _derivations = derivations;
        _rules = rules;
        _detail = detail;
        _memo = memo is not null && memo.Detail == detail && detail != Detail.Justified ? memo : null;
        // A view that leaves facts out (the lint's) must neither read nor keep the justification kept
        // on a derivation: what lies beneath a fact there is not what lies beneath it in the session.
        _sessionsOwn = derivations is not DerivationsWithout;
    }

    /// <summary>What this assessment has justified and described so far; made on first use (a sweep whose findings are reused may justify nothing).</summary>
    private JustificationTables Tables => _tables ??= new JustificationTables(_detail == Detail.Values || _memo is not null ? 0 : _derivations.Count);

    /// <summary>The assessment; backtested against the record unless only values are read.</summary>
    /// <param name="warnings">Whether to say what in the scenario the rulebook reads otherwise than it may seem; sweeps that read no report do not.</param>
    public Assessment Build(bool warnings) =>
        Assessment.Create(this, new ScenarioSummary(_scenario.Id, _scenario.Title, _scenario.Date), _detail == Detail.Values ? null : _scenario.Observed, warnings);

    /// <summary>The scenario assessed.</summary>
    public Scenario Scenario
    {
        get
        {
            // Nothing says which of the scenario a build read: findings built from it are not kept.
            _readScenario |= _reads is not null;
            return _scenario;
        }
    }

    /// <summary>The scenario's offers, in the order the scenario lists them.</summary>
    public IReadOnlyList<GreatPowerOffer> Offers
    {
        get
        {
            _reads?.Add(new FindingsMemo.Read(null, [.. _scenario.Offers]));
            return _scenario.Offers;
        }
    }

    /// <summary>Every derivation, in the session's order, listed once per assessment.</summary>
    private List<Derivation> All
    {
        get
        {
            if (_all is null)
            {
                _all = new List<Derivation>(_derivations.Count);
                foreach (var (_, derivation) in _derivations)
                {
                    _all.Add(derivation);
                }
            }

            return _all;
        }
    }

    /// <summary>The derived facts of one kind, in the order the session recorded them.</summary>
    public List<T> Conclusions<T>()
    {
        var conclusions = new List<T>();
        List<object>? seen = _reads is null ? null : [];
        foreach (var derivation in All)
        {
            if (derivation.Fact is T conclusion)
            {
                conclusions.Add(conclusion);
                seen?.Add(derivation);
            }
        }

        if (seen is not null)
        {
            _reads!.Add(new FindingsMemo.Read(Is<T>.Fact, [.. seen]));
        }

        return conclusions;
    }

    /// <summary>The findings of one kind: those the session's last assessment built where everything their build read is unchanged, else built (and kept).</summary>
    public object FindingsOf(ConclusionKind kind, Func<IFindingSource, object> build)
    {
        if (_memo is null)
        {
            return build(this);
        }

        if (_memo[kind] is { } built && StillHolds(built.Reads))
        {
            return built.Findings;
        }

        (_reads, _readScenario) = ([], false);
        try
        {
            var findings = build(this);
            _memo[kind] = _readScenario ? null : new FindingsMemo.Built([.. _reads], findings);
            return findings;
        }
        finally
        {
            _reads = null;
        }
    }

    /// <summary>Whether every read gives what it gave: the same derivations in the same order, the same offers.</summary>
    private bool StillHolds(FindingsMemo.Read[] reads)
    {
        foreach (var (facts, seen) in reads)
        {
            var i = 0;
            if (facts is null)
            {
                foreach (var offer in _scenario.Offers)
                {
                    if (i == seen.Length || !ReferenceEquals(seen[i++], offer))
                    {
                        return false;
                    }
                }
            }
            else
            {
                foreach (var derivation in All)
                {
                    if (facts(derivation.Fact) && (i == seen.Length || !ReferenceEquals(seen[i++], derivation)))
                    {
                        return false;
                    }
                }
            }

            if (i != seen.Length)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A type test made once per type.</summary>
    private static class Is<T>
    {
        /// <summary>Whether a fact is a <typeparamref name="T"/>, as <see cref="Conclusions{T}"/> selects.</summary>
        public static readonly Func<object, bool> Fact = static fact => fact is T;
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
        if (Tables.Justifications.TryGetValue(fact, out var known))
        {
            return known;
        }

        var derivation = _derivations[fact];
        if (_detail == Detail.Rules && _sessionsOwn && derivation.RulesOnly is var (kept, decisions, hedges))
        {
            Tables.Justifications[fact] = kept;
            Tables.DecisionsBeneath[kept] = decisions;
            Tables.HedgesBeneath[kept] = hedges;
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

        Tables.Justifications[fact] = justification;
        var beneath = Tables.DecisionsBeneath[justification] = Beneath(fact, Tables.DecisionsOfFact, static rule => rule.RestsOn);
        var hedged = Tables.HedgesBeneath[justification] = Beneath(fact, Tables.HedgesOfFact, static rule => rule.Hedges);
        if (_detail == Detail.Rules && _sessionsOwn)
        {
            derivation.RulesOnly = (justification, beneath, hedged);
        }

        return justification;
    }

    private MatchedFact Match(object fact)
    {
        if (!Tables.Matched.TryGetValue(fact, out var matched))
        {
            matched = new MatchedFact(fact.GetType().Name, FactText.Describe(fact), _derivations.ContainsKey(fact) ? [Justify1(fact)] : null);
            Tables.Matched[fact] = matched;
        }

        return matched;
    }

    /// <summary>The decisions a conclusion rests on: those of the rules that drew it and of every derived fact beneath (D27).</summary>
    public IReadOnlyList<string> DecisionsOf(Justification[] because) => because.Length == 0 ? [] : Of(because, Tables.DecisionsBeneath);

    /// <summary>
    /// The hedges a conclusion inherits: the claims, anywhere in its justification, whose modal
    /// word qualifies it (rulebook v3, "Hedges"), so that no conclusion reads surer than its claims.
    /// </summary>
    public IReadOnlyList<string> HedgesOf(Justification[] because) => because.Length == 0 ? [] : Of(because, Tables.HedgesBeneath);

    private static IReadOnlyList<string> Of(Justification[] because, Dictionary<Justification, IReadOnlyList<string>> beneath)
    {
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

    /// <summary>Each derived fact justified once and each matched fact described once, with the decisions and hedges beneath.</summary>
    private sealed class JustificationTables
    {
        public JustificationTables(int facts)
        {
            // Nearly every derived fact is justified once: sized once rather than grown through every prime.
            Justifications = new(facts);
            DecisionsOfFact = new(facts);
            DecisionsBeneath = new(facts, ReferenceEqualityComparer.Instance);
            HedgesOfFact = new(facts);
            HedgesBeneath = new(facts, ReferenceEqualityComparer.Instance);
        }

        public Dictionary<object, Justification> Justifications { get; }

        public Dictionary<object, MatchedFact> Matched { get; } = [];

        public Dictionary<object, IReadOnlyList<string>> DecisionsOfFact { get; }

        public Dictionary<Justification, IReadOnlyList<string>> DecisionsBeneath { get; }

        public Dictionary<object, IReadOnlyList<string>> HedgesOfFact { get; }

        public Dictionary<Justification, IReadOnlyList<string>> HedgesBeneath { get; }
    }
}
