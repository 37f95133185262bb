namespace AllianceRules.Engine;

/// <summary>
/// Claim IDs are rule tags of one capital letter and at least two digits: <c>C01</c>–<c>C56</c>
/// for the article, other letters for an amendment's own claims (such as <c>X01</c>).
/// </summary>
internal static class ClaimIds
{
    public static bool IsClaimId(string tag) =>
        tag.Length >= 3 && char.IsAsciiLetterUpper(tag[0]) && tag.Skip(1).All(char.IsAsciiDigit);

    public static IReadOnlyList<string> Order(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
