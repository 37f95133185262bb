using System.Runtime.InteropServices;
using AllianceRules.Claims;

namespace AllianceRules.Conclusions;

/// <summary>The stable sorts and ordered ID lists every finding's <c>Build</c> makes its lists with, so that the same input gives the same output byte for byte.</summary>
internal static class FindingLists
{
    /// <summary>Sorts stably (equal elements keep their order), as LINQ's <c>OrderBy</c> does.</summary>
    public static void StableSort<T>(T[] items, Comparison<T> comparison) => StableSort(items.AsSpan(), comparison);

    /// <summary>Sorts stably (equal elements keep their order), as LINQ's <c>OrderBy</c> does.</summary>
    public static void StableSort<T>(List<T> items, Comparison<T> comparison) => StableSort(CollectionsMarshal.AsSpan(items), comparison);

    private static void StableSort<T>(Span<T> items, Comparison<T> comparison)
    {
        // Insertion sort: the lists sorted here are short, and it is stable.
        for (var i = 1; i < items.Length; i++)
        {
            var item = items[i];
            var j = i - 1;
            while (j >= 0 && comparison(items[j], item) > 0)
            {
                items[j + 1] = items[j];
                j--;
            }

            items[j + 1] = item;
        }
    }

    /// <summary>The claims of the rules that drew a conclusion, in order.</summary>
    public static IReadOnlyList<string> ClaimsOf(Justification[] because)
    {
        if (because.Length == 0)
        {
            return [];
        }

        if (because.Length == 1)
        {
            return because[0].Claims;
        }

        var ids = new List<string>();
        foreach (var justification in because)
        {
            ids.AddRange(justification.Claims);
        }

        return ClaimIds.OrderInPlace(ids);
    }

    /// <summary>
    /// The union of ordered ID lists, in order: the one list itself when only one holds any IDs,
    /// which is how the lists of a conclusion and the gaps beneath it mostly come.
    /// </summary>
    public static IReadOnlyList<string> Union(IReadOnlyList<string> first, IEnumerable<IReadOnlyList<string>> others)
    {
        IReadOnlyList<string>? only = first.Count > 0 ? first : null;
        List<string>? ids = null;
        foreach (var other in others)
        {
            if (other.Count == 0)
            {
                continue;
            }

            if (only is null)
            {
                only = other;
                continue;
            }

            if (ids is null)
            {
                ids = [.. only];
            }

            ids.AddRange(other);
        }

        return ids is not null ? ClaimIds.OrderInPlace(ids) : only ?? [];
    }
}
