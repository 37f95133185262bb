using System.Text.Json.Serialization;

namespace AllianceRules.Conclusions;

/// <summary>A fact a rule matched: an input fact, or a derived fact with its own justification.</summary>
/// <param name="Fact">The fact's type name, for example <c>RelationState</c> or <c>CandidatePatron</c>.</param>
/// <param name="Text">The fact in words.</param>
/// <param name="Because">For a derived fact, the rules that drew it; <see langword="null"/> for an input fact.</param>
public sealed record MatchedFact(string Fact, string Text, [property: JsonPropertyOrder(1)] IReadOnlyList<Justification>? Because)
{
    /// <summary>Whether this is a fact of the scenario rather than one the rules derived.</summary>
    public bool IsInput => Because is null;
}
