using AllianceRules.Claims;

namespace AllianceRules.Weighing;

/// <summary>
/// The alternative reading of one interpretive decision that adds content, as an amendment: it
/// switches off the rules that carry the decision's reading and adds the rules, if any, that
/// conclude what a reader who rejects the decision would conclude instead. Where the alternative is
/// that the article is silent, it adds none, and the conclusion becomes NoClaim or is not drawn.
/// </summary>
/// <remarks>Every decision with <see cref="InterpretiveDecision.AddsContent"/> names one in the catalogue (<see cref="DecisionAlternative.Amendment"/>).</remarks>
public sealed class AlternativeReading : IRulebookAmendment
{
    private readonly Type[] _added;

    internal AlternativeReading(string decision, IReadOnlyList<string> replaced, params Type[] added)
    {
        Decision = DecisionCatalogue.Find(decision) ?? throw new InvalidOperationException($"{decision} is not in the decision catalogue");
        var alternative = Decision.Alternative ?? throw new InvalidOperationException($"{decision} names no alternative reading in the catalogue");
        Id = alternative.Amendment;
        Replaced = replaced;
        _added = added;
        Added = [.. added.Select(type => new NRules.Fluent.RuleMetadata(type).Name)];
    }

    /// <summary>The amendment's ID, as the decision catalogue names it (<see cref="DecisionAlternative.Amendment"/>), such as <c>D13-alternative</c>.</summary>
    public string Id { get; }

    /// <summary>The decision this reading replaces.</summary>
    public InterpretiveDecision Decision { get; }

    /// <summary>The rules of the article's rulebook that carry the decision's reading and that this reading switches off, ordered by name.</summary>
    public IReadOnlyList<string> Replaced { get; }

    /// <summary>The rules this reading adds in their place, ordered by name; empty where the alternative is that the article is silent.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>The rule classes of <see cref="Added"/>, in its order.</summary>
    internal IReadOnlyList<Type> AddedTypes => _added;

    /// <inheritdoc />
    public string Description => $"{Id}: {Decision.Alternative!.Text}";

    /// <inheritdoc />
    public void Apply(AllianceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.DisabledRules.UnionWith(Replaced);
        foreach (var type in _added.Where(type => !options.AdditionalRuleTypes.Contains(type)))
        {
            options.AdditionalRuleTypes.Add(type);
        }
    }
}
