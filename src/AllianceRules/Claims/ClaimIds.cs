using System.Globalization;

namespace AllianceRules.Claims;

/// <summary>
/// The IDs rules carry as tags. Claim IDs are one capital letter and at least two digits:
/// <c>C01</c>–<c>C56</c> for the article, other letters for an amendment's own claims (such as
/// <c>X01</c>). The letter D is the project's decisions (<c>D1</c>, <c>D11</c>), never a claim.
/// </summary>
internal static class ClaimIds
{
    /// <summary>Orders IDs by letter, then by number (so that D2 comes before D11), then ordinally.</summary>
    public static readonly Comparison<string> Comparison = Compare;

    public static bool IsClaimId(string tag) =>
        tag.Length >= 3 && char.IsAsciiLetterUpper(tag[0]) && tag[0] != 'D' && AllDigits(tag.AsSpan(1));

    public static bool IsDecisionId(string tag) =>
        tag.Length >= 2 && tag[0] == 'D' && AllDigits(tag.AsSpan(1));

    /// <summary>Distinct IDs in order: by letter, then by number, so that D2 comes before D11.</summary>
    public static IReadOnlyList<string> Order(IEnumerable<string> ids)
    {
        var list = ids is ICollection<string> collection ? new List<string>(collection.Count) : [];
        list.AddRange(ids);
        return OrderInPlace(list);
    }

    /// <summary>Sorts <paramref name="ids"/> in place and returns them, without repeats, as a new array.</summary>
    public static string[] OrderInPlace(List<string> ids)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        ids.Sort(Comparison);
        var distinct = 1;
        for (var i = 1; i < ids.Count; i++)
        {
            if (!string.Equals(ids[i], ids[distinct - 1], StringComparison.Ordinal))
            {
                ids[distinct++] = ids[i];
            }
        }

        var result = new string[distinct];
        ids.CopyTo(0, result, 0, distinct);
        return result;
    }

    private static int Compare(string x, string y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        var byLetter = x[0].CompareTo(y[0]);
        if (byLetter != 0)
        {
            return byLetter;
        }

        var byNumber = Number(x).CompareTo(Number(y));
        return byNumber != 0 ? byNumber : string.CompareOrdinal(x, y);
    }

    private static int Number(string id) =>
        int.TryParse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : int.MaxValue;

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
