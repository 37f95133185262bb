namespace AllianceRules.AspNetCore.Contracts;

/// <summary>GET rulebook: the rules as the service's assessor applies them, the decisions they cite, and the kinds of conclusion one can ask about.</summary>
internal sealed record RulebookResponse(
    string DecisionId,
    string Rulebook,
    IReadOnlyList<RuleItem> Rules,
    IReadOnlyList<DecisionItem> Decisions,
    IReadOnlyList<ConclusionKindItem> Conclusions);
