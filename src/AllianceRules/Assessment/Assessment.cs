namespace AllianceRules;

/// <summary>
/// What the rulebook concludes about one scenario. Every conclusion carries the claim IDs of
/// the article it rests on and its justification: the rules that drew it and the facts they
/// matched, down to the input.
/// </summary>
public sealed record Assessment
{
    /// <summary>Which scenario was assessed.</summary>
    public required ScenarioSummary Scenario { get; init; }

    /// <summary>The version of the rulebook that drew the conclusions.</summary>
    public required string Rulebook { get; init; }

    /// <summary>The hedging state's posture.</summary>
    public required PostureFinding Posture { get; init; }

    /// <summary>The answer to each offer, one per offer, ordered by power, kind, then the offer's terms.</summary>
    public IReadOnlyList<ResponseFinding> Responses { get; init; } = [];
}
