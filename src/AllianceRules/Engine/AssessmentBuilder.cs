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

    public Assessment Build()
    {
        var posture = BuildPosture();
        var responses = BuildResponses();
        var risks = BuildRisks();
        return new Assessment
        {
            Scenario = new ScenarioSummary(_scenario.Id, _scenario.Title, _scenario.Date),
            Rulebook = RulebookVersion.Current,
            Posture = posture,
            Responses = responses,
            Needs = BuildNeeds(),
            Commitments = BuildCommitments(),
            Risks = risks,
            Outlook = BuildOutlook(),
            Advice = BuildAdvice(),
            Backtest = _scenario.Observed is { } observed ? Backtester.Compare(observed, posture, responses, risks) : null,
        };
    }

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

    private ResponseFinding[] BuildResponses()
    {
        var byOffer = Conclusions<ResponseConclusion>().ToLookup(r => r.Offer);
        return _scenario.Offers
            .Select(offer =>
            {
                var drawn = byOffer[offer].ToList();
                if (drawn.Select(r => r.Decision).Distinct().Count() > 1)
                {
                    throw new RulebookException(
                        $"The rulebook drew {drawn.Count} answers to {FactText.Describe(offer)} ({string.Join(", ", drawn.Select(r => r.Decision))}); one is expected.");
                }

                var because = Justify(drawn);
                var decision = drawn.Count == 0 ? Decision.NoClaim : drawn[0].Decision;
                return (Offer: offer, Finding: new ResponseFinding(offer.From, offer.Kind, decision, ClaimsOf(because), because));
            })
            .OrderBy(r => r.Offer.From, StringComparer.Ordinal)
            .ThenBy(r => r.Offer.Kind)
            .ThenBy(r => FactText.Describe(r.Offer), StringComparer.Ordinal)
            .Select(r => r.Finding)
            .ToArray();
    }

    private NeedFinding[] BuildNeeds() =>
        Conclusions<NeedConclusion>()
            .GroupBy(n => (n.Power.Name, n.Need))
            .OrderBy(g => g.Key.Name, StringComparer.Ordinal)
            .ThenBy(g => g.Key.Need)
            .Select(g =>
            {
                var because = Justify(g);
                return new NeedFinding(g.Key.Name, g.Key.Need, ClaimsOf(because), because);
            })
            .ToArray();

    private CommitmentFinding[] BuildCommitments()
    {
        var gaps = Conclusions<GapConclusion>().ToLookup(g => g.Power.Name);
        return Conclusions<CommitmentConclusion>()
            .OrderBy(c => c.Power.Name, StringComparer.Ordinal)
            .Select(c =>
            {
                var gapFindings = gaps[c.Power.Name]
                    .OrderBy(g => g.Gap)
                    .Select(g =>
                    {
                        var because = Justify([g]);
                        return new GapFinding(g.Gap, ClaimsOf(because), because);
                    })
                    .ToArray();
                var verdict = Justify([c]);
                var claims = ClaimIds.Order(ClaimsOf(verdict).Concat(gapFindings.SelectMany(g => g.Claims)));
                return new CommitmentFinding(c.Power.Name, c.Credible, gapFindings, claims, verdict);
            })
            .ToArray();
    }

    private RiskFinding[] BuildRisks() =>
        Conclusions<RiskConclusion>()
            .GroupBy(r => (r.Risk, Power: r.Power?.Name))
            .OrderBy(g => g.Key.Risk)
            .ThenBy(g => g.Key.Power, StringComparer.Ordinal)
            .Select(g =>
            {
                var because = Justify(g);
                return new RiskFinding(g.Key.Risk, g.Key.Power, ClaimsOf(because), because);
            })
            .ToArray();

    private OutlookFinding[] BuildOutlook() =>
        Conclusions<OutlookConclusion>()
            .OrderBy(o => o.Power.Name, StringComparer.Ordinal)
            .ThenBy(o => o.Outlook)
            .Select(o =>
            {
                var because = Justify([o]);
                return new OutlookFinding(o.Power.Name, o.Outlook, ClaimsOf(because), because);
            })
            .ToArray();

    private AdviceFinding[] BuildAdvice() =>
        Conclusions<AdviceConclusion>()
            .OrderBy(a => a.Power.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Advice)
            .Select(a =>
            {
                var because = Justify([a]);
                return new AdviceFinding(a.Power.Name, a.Advice, ClaimsOf(because), because);
            })
            .ToArray();

    private IEnumerable<T> Conclusions<T>() => _derivations.Keys.OfType<T>();

    private Justification[] Justify<T>(IEnumerable<T> facts) where T : notnull =>
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
            ? new Justification(rule.Name, rule.Claims, derivation.Matched.Select(Match).ToArray())
            {
                Description = rule.Description,
                Drew = FactText.Describe(fact),
            }
            : new Justification(rule.Name, rule.Claims, []) { Description = rule.Description };
        _justifications[fact] = justification;
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

    private static IReadOnlyList<string> ClaimsOf(IEnumerable<Justification> because) =>
        ClaimIds.Order(because.SelectMany(j => j.Claims));
}
