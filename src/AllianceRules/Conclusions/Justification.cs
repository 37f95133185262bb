using System.Text.Json.Serialization;

namespace AllianceRules.Conclusions;

/// <summary>One rule firing behind a conclusion: the rule, the claims it encodes and the facts it matched.</summary>
/// <param name="Rule">The rule's stable name, for example <c>Posture.BandwagonWhenRelationsGoodOrStable</c>.</param>
/// <param name="Claims">The claim IDs the rule carries.</param>
/// <param name="Decisions">The IDs of the decisions the rule cites (its own, not those beneath it).</param>
/// <param name="Matched">The facts the rule matched, in the order of its conditions.</param>
public sealed record Justification(string Rule, IReadOnlyList<string> Claims, IReadOnlyList<string> Decisions, IReadOnlyList<MatchedFact> Matched)
{
    /// <summary>The rule's description: the claim it encodes, paraphrased.</summary>
    [JsonIgnore]
    public string Description { get; init; } = "";

    /// <summary>
    /// What the rule required absent (its <c>Not</c> conditions), in words, each with the rules that
    /// could have drawn it and why they did not; <see langword="null"/> when the rule requires
    /// nothing absent or only verdicts were built.
    /// </summary>
    [JsonPropertyOrder(2)]
    public IReadOnlyList<AbsentCondition>? Absent { get; init; }

    /// <summary>The fact this firing drew, in words: a conclusion, or a derived fact another rule matched.</summary>
    [JsonIgnore]
    public string Drew { get; init; } = "";
}
