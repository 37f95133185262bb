using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AllianceRules.Engine;

/// <summary>
/// What a scenario derived, less the facts some rules drew: a view over the derivations, not a
/// copy, so that the lint can build the assessment of a rule set that leaves those facts out
/// without hashing every fact of the scenario again.
/// </summary>
internal sealed class DerivationsWithout : IReadOnlyDictionary<object, Derivation>
{
    private readonly IReadOnlyDictionary<object, Derivation> _all;
    private readonly IReadOnlySet<string> _rules;

    /// <summary>The derivations in <paramref name="all"/> whose rule is not one of <paramref name="rules"/>.</summary>
    /// <param name="all">What the scenario derived.</param>
    /// <param name="rules">Names of the rules whose facts are left out.</param>
    public DerivationsWithout(IReadOnlyDictionary<object, Derivation> all, IReadOnlySet<string> rules)
    {
        _all = all;
        _rules = rules;
    }

    public Derivation this[object key] => TryGetValue(key, out var derivation) ? derivation : throw new KeyNotFoundException();

    public IEnumerable<object> Keys
    {
        get
        {
            foreach (var pair in _all)
            {
                if (Kept(pair.Value))
                {
                    yield return pair.Key;
                }
            }
        }
    }

    public IEnumerable<Derivation> Values => this.Select(p => p.Value);

    public int Count => CountKept();

    public bool ContainsKey(object key) => TryGetValue(key, out _);

    public bool TryGetValue(object key, [MaybeNullWhen(false)] out Derivation value)
    {
        if (_all.TryGetValue(key, out value) && Kept(value))
        {
            return true;
        }

        value = null;
        return false;
    }

    public IEnumerator<KeyValuePair<object, Derivation>> GetEnumerator()
    {
        foreach (var pair in _all)
        {
            if (Kept(pair.Value))
            {
                yield return pair;
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private int CountKept()
    {
        var count = 0;
        foreach (var pair in _all)
        {
            count += Kept(pair.Value) ? 1 : 0;
        }

        return count;
    }

    private bool Kept(Derivation derivation) => !_rules.Contains(derivation.Rule.Name);
}
