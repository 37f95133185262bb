using NRules;
using NRules.Diagnostics;
using NRules.RuleModel;

namespace AllianceRules.Engine;

/// <summary>
/// Listens to one session and keeps, for every linked fact still in working memory, the rule
/// that yielded it and the facts that rule matched, as NRules records them in the fact's
/// source. Facts matched through a <c>Collect</c> aggregate are unfolded into their elements,
/// ordered by their text so that the order of the input does not show in the justification.
/// </summary>
internal sealed class DerivationRecorder
{
    private readonly Dictionary<object, Derivation> _derivations = [];
    private readonly List<object> _matched = [];
    private readonly bool _recordMatched;

    /// <param name="events">The session's events.</param>
    /// <param name="recordMatched">Whether to keep the facts each rule matched; a sweep that reads only values does not.</param>
    public DerivationRecorder(IEventProvider events, bool recordMatched = true)
    {
        _recordMatched = recordMatched;
        events.FactInsertedEvent += OnInsertedOrUpdated;
        events.FactUpdatedEvent += OnInsertedOrUpdated;
        events.FactRetractedEvent += OnRetracted;
    }

    public IReadOnlyDictionary<object, Derivation> Derivations => _derivations;

    private void OnInsertedOrUpdated(object? sender, WorkingMemoryEventArgs e)
    {
        if (e.Fact.Source is ILinkedFactSource source)
        {
            var value = e.Fact.Value!;
            _derivations[value] = _recordMatched ? Unfold(value, source) : new Derivation(value, source.Rule, [], null);
        }
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e) => _derivations.Remove(e.Fact.Value!);

    private Derivation Unfold(object value, ILinkedFactSource source)
    {
        _matched.Clear();
        List<(int, int)>? collected = null;
        foreach (var fact in source.Facts)
        {
            if (fact.Source is { SourceType: FactSourceType.Aggregate } aggregate)
            {
                var start = _matched.Count;
                foreach (var element in aggregate.Facts)
                {
                    _matched.Add(element.Value!);
                }

                if (_matched.Count - start > 1)
                {
                    (collected ??= []).Add((start, _matched.Count - start));
                }
            }
            else
            {
                _matched.Add(fact.Value!);
            }
        }

        return new Derivation(value, source.Rule, [.. _matched], collected?.ToArray());
    }
}
