using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>How one derived fact came about: the rule that yielded it and the facts that rule matched.</summary>
/// <remarks>
/// The elements of a <c>Collect</c> match are put in the order of their text only when
/// <see cref="Matched"/> is first read: a sweep that needs only verdicts never describes them.
/// </remarks>
internal sealed class Derivation
{
    private readonly object[] _matched;
    private (int Start, int Length)[]? _unsorted;

    public Derivation(object fact, IRuleDefinition rule, object[] matched, (int Start, int Length)[]? collected)
    {
        Fact = fact;
        Rule = rule;
        _matched = matched;
        _unsorted = collected;
    }

    public object Fact { get; }

    /// <summary>
    /// The rules-only justification of <see cref="Fact"/> and the decisions and hedges beneath it,
    /// once an assessment has built them. They depend only on this derivation and those beneath
    /// it, and a derivation lives as long as the rule's match does (a match that changes is
    /// recorded as a new one), so a sweep's later rows reuse them while the fact stays.
    /// </summary>
    public (Conclusions.Justification Justification, IReadOnlyList<string> Decisions, IReadOnlyList<string> Hedges)? RulesOnly { get; set; }

    public IRuleDefinition Rule { get; }

    /// <summary>The facts the rule matched, in the order of its conditions; a collection's elements ordered by their text.</summary>
    public IReadOnlyList<object> Matched
    {
        get
        {
            if (_unsorted is { } ranges)
            {
                foreach (var (start, length) in ranges)
                {
                    var keys = new string[length];
                    for (var i = 0; i < length; i++)
                    {
                        keys[i] = FactText.Describe(_matched[start + i]);
                    }

                    // Stable, as the order of equal texts was: by position within the collection.
                    var order = new int[length];
                    for (var i = 0; i < length; i++)
                    {
                        order[i] = i;
                    }

                    Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]) is var c && c != 0 ? c : a.CompareTo(b));
                    var elements = new object[length];
                    for (var i = 0; i < length; i++)
                    {
                        elements[i] = _matched[start + order[i]];
                    }

                    elements.CopyTo(_matched, start);
                }

                _unsorted = null;
            }

            return _matched;
        }
    }

    /// <summary>The facts the rule matched, in no particular order within a collection: for questions that do not depend on order.</summary>
    public ReadOnlySpan<object> MatchedUnordered => _matched;
}
