namespace AllianceRules.AspNetCore;

/// <summary>The response headers every endpoint of the decision service sets.</summary>
public static class AllianceRulesHeaders
{
    /// <summary>The version of the rulebook that drew the response (<see cref="RulebookVersion.Current"/>).</summary>
    public const string Rulebook = "AllianceRules-Rulebook";

    /// <summary>
    /// The response's own ID (a version-7 GUID, unique per response), also written as
    /// <c>decisionId</c> in the body and logged with the request: quote it to find a decision again.
    /// </summary>
    public const string DecisionId = "AllianceRules-Decision-Id";
}
