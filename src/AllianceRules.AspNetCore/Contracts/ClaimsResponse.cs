namespace AllianceRules.AspNetCore.Contracts;

/// <summary>GET claims: the article's claims C01–C56.</summary>
internal sealed record ClaimsResponse(string DecisionId, string Rulebook, IReadOnlyList<ClaimItem> Claims);
