namespace AllianceRules.Claims;

/// <summary>
/// The project's interpretive decisions (D1, D2, …): where the article or the spec leaves room, what
/// was chosen and the claims it rests on. A rule that concludes more than its claims state cites
/// the decision that records the reading (a <c>[Tag("Dnn")]</c>), and every conclusion drawn by
/// it reports the decision's ID. The decisions are data, <c>Claims/decisions.json</c> (embedded in
/// the package; its schema is <c>docs/decisions.schema.json</c>), so that a new decision touches no
/// code; <c>docs/decisions.md</c> is generated from this catalogue.
/// </summary>
public static class DecisionCatalogue
{
    /// <summary>Every decision, in ID order (the order of <c>Claims/decisions.json</c>).</summary>
    public static IReadOnlyList<InterpretiveDecision> All { get; } = CatalogueFile.Read(
        "decisions.json",
        CatalogueJsonContext.Default.IReadOnlyListInterpretiveDecision,
        decision => decision.Id is null || decision.Title is null || decision.Claims is null || decision.Text is null
            ? "a decision lacks its id, title, claims or text"
            : null);

    private static readonly Dictionary<string, InterpretiveDecision> ById = All.ToDictionary(d => d.Id, StringComparer.Ordinal);

    /// <summary>Finds a decision by its ID.</summary>
    /// <param name="id">The decision ID, such as <c>D11</c>.</param>
    /// <returns>The decision, or <see langword="null"/> if the catalogue has no such ID.</returns>
    public static InterpretiveDecision? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }
}
