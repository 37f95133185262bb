namespace AllianceRules.Engine;

/// <summary>Claim IDs are rule tags of the form <c>C</c> followed by two digits.</summary>
internal static class ClaimIds
{
    public static bool IsClaimId(string tag) =>
        tag.Length == 3 && tag[0] == 'C' && char.IsAsciiDigit(tag[1]) && char.IsAsciiDigit(tag[2]);

    public static IReadOnlyList<string> Order(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
}
