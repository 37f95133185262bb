namespace AllianceRules.Theory;

/// <summary>
/// The load a claim bears: where the conclusions change when it is switched off
/// (<see cref="AllianceRulesOptions.DisabledClaims"/>), over the decision table and the built-in episodes.
/// </summary>
/// <param name="Claim">The claim ID.</param>
/// <param name="Rules">The rules that carry it, which switching it off removes, ordered by name.</param>
/// <param name="Rows">How many decision-table rows change, counting those where the rule set draws no assessment.</param>
/// <param name="VerdictRows">Of <paramref name="Rows"/>, those where the posture or the response changes: the article's verdicts, not only its needs, risks or advice.</param>
/// <param name="RowsWithoutAssessment">Of <paramref name="VerdictRows"/>, those where the rule set without the claim draws no assessment (no posture, say).</param>
/// <param name="Episodes">The built-in episodes whose conclusions change, by ID, in their order.</param>
/// <param name="EpisodesWithoutAssessment">Of <paramref name="Episodes"/>, how many the rule set without the claim draws no assessment for.</param>
public sealed record ClaimLoad(
    string Claim,
    IReadOnlyList<string> Rules,
    int Rows,
    int VerdictRows,
    int RowsWithoutAssessment,
    IReadOnlyList<string> Episodes,
    int EpisodesWithoutAssessment);
