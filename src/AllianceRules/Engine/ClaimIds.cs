using System.Globalization;

namespace AllianceRules.Engine;

/// <summary>
/// The IDs rules carry as tags. Claim IDs are one capital letter and at least two digits:
/// <c>C01</c>–<c>C56</c> for the article, other letters for an amendment's own claims (such as
/// <c>X01</c>). The letter D is the project's decisions (<c>D1</c>, <c>D11</c>), never a claim.
/// </summary>
internal static class ClaimIds
{
    public static bool IsClaimId(string tag) =>
        tag.Length >= 3 && char.IsAsciiLetterUpper(tag[0]) && tag[0] != 'D' && tag.Skip(1).All(char.IsAsciiDigit);

    public static bool IsDecisionId(string tag) =>
        tag.Length >= 2 && tag[0] == 'D' && tag.Skip(1).All(char.IsAsciiDigit);

    /// <summary>Distinct IDs in order: by letter, then by number, so that D2 comes before D11.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .OrderBy(id => id[0])
            .ThenBy(id => int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();
}
