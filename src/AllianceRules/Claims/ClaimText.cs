namespace AllianceRules.Claims;

/// <summary>Writes claim IDs with the article's paragraphs, so a reader can find each in the source.</summary>
internal static class ClaimText
{
    /// <summary>
    /// For example <c>C05 ¶3, C20 ¶7</c>; a hedged claim carries the article's hedge, as in
    /// <c>C12 ¶6 ("likely to arouse")</c>, so a conclusion never reads surer than its claim.
    /// </summary>
    public static string WithParagraphs(IEnumerable<string> ids) =>
        string.Join(", ", ids.Select(id => ClaimCatalogue.Find(id) is { } claim
            ? $"{id} ¶{string.Join(",", claim.Paragraphs)}{(claim.Hedge is { } hedge ? $" (\"{hedge}\")" : "")}"
            : id));
}
