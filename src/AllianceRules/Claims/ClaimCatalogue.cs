namespace AllianceRules.Claims;

/// <summary>
/// The article's argument as numbered claims (C01–C56), each paraphrased with its paragraphs
/// and kind. The claims are data, <c>Claims/claims.json</c> (embedded in the package; its schema is
/// <c>docs/claims.schema.json</c>), so that changing the catalogue touches no code. Rules cite these IDs as tags; evidence claims are reproduced by built-in
/// scenarios; background claims are carried by the built-in actor profiles.
/// </summary>
public static class ClaimCatalogue
{
    /// <summary>Every claim, in ID order (the order of <c>Claims/claims.json</c>).</summary>
    public static IReadOnlyList<Claim> All { get; } = CatalogueFile.Read(
        "claims.json",
        CatalogueJsonContext.Default.IReadOnlyListClaim,
        claim => claim.Id is null || claim.Paragraphs is null || claim.Text is null ? "a claim lacks its id, paragraphs or text" : null);

    private static readonly Dictionary<string, Claim> ById = All.ToDictionary(c => c.Id, StringComparer.Ordinal);

    /// <summary>Finds a claim by its ID.</summary>
    /// <param name="id">The claim ID, such as <c>C03</c>.</param>
    /// <returns>The claim, or <see langword="null"/> if the catalogue has no such ID.</returns>
    public static Claim? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }
}
