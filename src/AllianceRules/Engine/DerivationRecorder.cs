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

    public DerivationRecorder(IEventProvider events)
    {
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
            _derivations[value] = new Derivation(value, source.Rule, Unfold(source.Facts));
        }
    }

    private void OnRetracted(object? sender, WorkingMemoryEventArgs e) => _derivations.Remove(e.Fact.Value!);

    private static object[] Unfold(IEnumerable<IFact> facts)
    {
        var matched = new List<object>();
        foreach (var fact in facts)
        {
            if (fact.Source is { SourceType: FactSourceType.Aggregate } aggregate)
            {
                matched.AddRange(aggregate.Facts.Select(f => f.Value!).OrderBy(FactText.Describe, StringComparer.Ordinal));
            }
            else
            {
                matched.Add(fact.Value!);
            }
        }

        return [.. matched];
    }
}
