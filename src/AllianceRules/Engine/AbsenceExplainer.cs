using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>
/// Says what a rule firing required absent (its <c>Not</c> conditions) and, for a derived fact,
/// why no rule drew it: the rules that could have, each with the derived facts it needed that
/// were missing for the same subject, or else the words its rule gives for its failed input
/// conditions (<see cref="UnmetAttribute"/>). NRules keeps no trace of an absence in the match,
/// so this reads the rules' conditions and what the session derived.
/// </summary>
/// <remarks>
/// The subject (a power, or an offer) comes from the fact the firing drew: an absence whose words
/// name <c>{power}</c> or <c>{offer}</c> is about it. A derived fact counts as drawn for a subject
/// when it is about the same offer, or, if either has no offer, about the same power. An absence
/// with no subject lists the rules that could have drawn it and goes no deeper.
/// </remarks>
internal sealed class AbsenceExplainer(
    Scenario scenario,
    IReadOnlyDictionary<object, Derivation> derivations,
    IReadOnlyDictionary<IRuleDefinition, RuleDescription> rules)
{
    /// <summary>How deep the why-not goes beneath an absence; the rulebook's chains of derived facts are shorter.</summary>
    private const int MaxDepth = 4;

    private static readonly ConcurrentDictionary<Type, Func<object, Subject>> SubjectReaders = new();
    private static readonly ConcurrentDictionary<Type, string?> TypePhrases = new();

    private Dictionary<Type, List<object>>? _drawn;

    /// <summary>What the firing that drew <paramref name="fact"/> required absent; <see langword="null"/> when its rule has no <c>Not</c> condition.</summary>
    public IReadOnlyList<AbsentCondition>? Of(object fact, RuleDescription rule)
    {
        if (rule.Absences.Count == 0)
        {
            return null;
        }

        var drew = SubjectOf(fact);
        var conditions = new AbsentCondition[rule.Absences.Count];
        for (var i = 0; i < conditions.Length; i++)
        {
            var absence = rule.Absences[i];
            var words = absence.Text ?? TypePhrase(absence.Fact) ?? $"a {absence.Fact.Name} fact (the rule's Not condition {absence.Position}, for which it gives no words)";
            var subject = Narrow(drew, words);
            conditions[i] = Condition(absence.Fact, words, absence.DrawnBy, subject, depth: 0);
        }

        return conditions;
    }

    /// <summary>
    /// Why each of <paramref name="candidates"/> drew nothing for a subject: the derived facts it
    /// lacked, or its failed condition on the input (for the why-not of a value no change reaches).
    /// </summary>
    public IReadOnlyList<CheckedRule> WhyNot(IReadOnlyList<RuleDescription> candidates, string? power, GreatPowerOffer? offer)
    {
        var subject = new Subject(power ?? offer?.From, offer);
        return [.. candidates.Select(rule => Checked(rule, subject, depth: 0))];
    }

    private AbsentCondition Condition(Type fact, string words, IReadOnlyList<RuleDescription> drawnBy, Subject subject, int depth)
    {
        var text = Fill(words, subject);
        if (drawnBy.Count == 0)
        {
            return new AbsentCondition(fact.Name, text, []);
        }

        // An absence about no one in particular ("a candidate patron") was checked for every great power of the scenario.
        var subjects = subject.IsNone && scenario.Powers.Count > 0
            ? scenario.Powers.Select(p => p.Name).Order(StringComparer.Ordinal).Select(name => new Subject(name, null)).ToArray()
            : [subject];
        var checkedRules = new List<CheckedRule>(drawnBy.Count * subjects.Length);
        foreach (var rule in drawnBy)
        {
            foreach (var each in subjects)
            {
                // Drawn for this subject, but not a fact the condition counts (a candidate patron that is not capable): said once, by the rule that drew it.
                if (depth == 0 && Drawn(fact, each) is { } excluded)
                {
                    if (derivations[excluded].Rule.Name == rule.Name)
                    {
                        checkedRules.Add(new CheckedRule(rule.Name, rule.Decisions, $"drew \u201c{FactText.Describe(excluded)}\u201d, which the condition does not count", []));
                    }

                    continue;
                }

                checkedRules.Add(Checked(rule, each, depth));
            }
        }

        return new AbsentCondition(fact.Name, text, checkedRules);
    }

    private CheckedRule Checked(RuleDescription rule, Subject subject, int depth)
    {
        if (subject.IsNone || depth >= MaxDepth)
        {
            return new CheckedRule(rule.Name, rule.Decisions, null, []);
        }

        List<AbsentCondition>? missing = null;
        foreach (var prerequisite in rule.Prerequisites)
        {
            if (Drawn(prerequisite, subject) is not null)
            {
                continue;
            }

            var words = TypePhrase(prerequisite) ?? $"a {prerequisite.Name} fact";
            var couldDraw = rules.Values.Where(r => r.Yields.Contains(prerequisite)).OrderBy(r => r.Name, StringComparer.Ordinal).ToArray();
            (missing ??= []).Add(Condition(prerequisite, words, couldDraw, subject, depth + 1));
        }

        // With every derived fact it needs drawn for the subject, what failed is its own condition on the input.
        var said = subject.Offer is not null ? rule.UnmetForOffer ?? rule.Unmet : rule.Unmet;
        var unmet = missing is null && said is not null ? Fill(said, subject) : null;
        return new CheckedRule(rule.Name, rule.Decisions, unmet, missing is null ? [] : missing);
    }

    /// <summary>
    /// A fact of <paramref name="type"/> the session derived about <paramref name="subject"/>, if
    /// any: the first by its words, so that neither the input's order nor a reused session shows.
    /// </summary>
    private object? Drawn(Type type, Subject subject)
    {
        _drawn ??= Index();
        if (!_drawn.TryGetValue(type, out var facts))
        {
            return null;
        }

        object? first = null;
        string? firstText = null;
        foreach (var fact in facts)
        {
            var about = SubjectOf(fact);
            var same = subject.Offer is { } offer && about.Offer is { } other
                ? offer.Equals(other)
                : about.Power is null || about.Power == subject.Power;
            if (!same)
            {
                continue;
            }

            var text = FactText.Describe(fact);
            if (first is null || string.CompareOrdinal(text, firstText) < 0)
            {
                (first, firstText) = (fact, text);
            }
        }

        return first;
    }

    private Dictionary<Type, List<object>> Index()
    {
        var index = new Dictionary<Type, List<object>>();
        foreach (var fact in derivations.Keys)
        {
            if (!index.TryGetValue(fact.GetType(), out var list))
            {
                index[fact.GetType()] = list = [];
            }

            list.Add(fact);
        }

        return index;
    }

    private string Fill(string words, Subject subject) => words
        .Replace("{power}", subject.Power ?? "a power", StringComparison.Ordinal)
        .Replace("{offer}", subject.Offer?.Describe() ?? "an offer", StringComparison.Ordinal)
        .Replace("{neighbour}", scenario.Roles.Neighbour, StringComparison.Ordinal)
        .Replace("{hedger}", scenario.Roles.HedgingState, StringComparison.Ordinal);

    /// <summary>An absence is about what its words name: the offer, the power, or nothing.</summary>
    private static Subject Narrow(Subject drew, string words) =>
        words.Contains("{offer}", StringComparison.Ordinal) ? drew
        : words.Contains("{power}", StringComparison.Ordinal) ? drew with { Offer = null }
        : default;

    /// <summary>The words a derived fact type gives for itself (<see cref="DescriptionAttribute"/> on the type), with placeholders.</summary>
    private static string? TypePhrase(Type type) =>
        TypePhrases.GetOrAdd(type, static t => t.GetCustomAttribute<DescriptionAttribute>()?.Description);

    private static Subject SubjectOf(object fact) => SubjectReaders.GetOrAdd(fact.GetType(), Reader)(fact);

    // A fact's subject is its offer (a property of type GreatPowerOffer) and its power (a property of type GreatPower, else the offer's maker).
    private static Func<object, Subject> Reader(Type type)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var offer = properties.FirstOrDefault(p => p.PropertyType == typeof(GreatPowerOffer) && p.GetIndexParameters().Length == 0);
        var power = properties.FirstOrDefault(p => p.PropertyType == typeof(GreatPower) && p.GetIndexParameters().Length == 0);
        return fact =>
        {
            var o = offer?.GetValue(fact) as GreatPowerOffer;
            var p = power?.GetValue(fact) as GreatPower;
            return new Subject(p?.Name ?? o?.From, o);
        };
    }

    private readonly record struct Subject(string? Power, GreatPowerOffer? Offer)
    {
        public bool IsNone => Power is null && Offer is null;
    }
}
