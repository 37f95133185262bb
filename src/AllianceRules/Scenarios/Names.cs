using System.Globalization;
using System.Text;

namespace AllianceRules.Scenarios;

/// <summary>
/// Names are data, never markup or terminal codes: what a name may hold, when two names are the
/// same, and how to quote one safely in a message.
/// </summary>
internal static class Names
{
    /// <summary>
    /// The identity of a name: its compatibility normal form, upper-cased, so that names that differ
    /// only by case, width or Unicode form (NFC or NFD) are one name.
    /// </summary>
    public static string Key(string name) => name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();

    /// <summary>What is wrong with the characters of a text, or null: control and invisible formatting characters, unpaired surrogates.</summary>
    public static string? ProblemWith(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (CharUnicodeInfo.GetUnicodeCategory(text, i) == UnicodeCategory.Format)
                {
                    return Invisible(char.ConvertToUtf32(c, text[i + 1]), i);
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds an unpaired surrogate at character {i + 1}");
            }

            switch (CharUnicodeInfo.GetUnicodeCategory(c))
            {
                case UnicodeCategory.Control:
                    return string.Create(CultureInfo.InvariantCulture, $"holds a control character (U+{(int)c:X4}) at character {i + 1}");
                case UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return Invisible(c, i);
            }
        }

        return null;
    }

    /// <summary>A user's text, quoted for a message: characters that could act on a terminal or hide are written as <c>\u</c> escapes.</summary>
    public static string Quote(string? text)
    {
        if (text is null)
        {
            return "null";
        }

        var quoted = new StringBuilder(text.Length + 2).Append('\'');
        foreach (var c in text.Length > 2 * ScenarioLimits.MaxNameLength ? text[..(2 * ScenarioLimits.MaxNameLength)] : text)
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                quoted.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
            else
            {
                quoted.Append(c);
            }
        }

        if (text.Length > 2 * ScenarioLimits.MaxNameLength)
        {
            quoted.Append('…');
        }

        return quoted.Append('\'').ToString();
    }

    /// <summary>The declared name closest to <paramref name="name"/>, for a did-you-mean, or null when none is close.</summary>
    public static string? Closest(string name, IEnumerable<string> declared)
    {
        var key = Key(name);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in declared.Order(StringComparer.Ordinal))
        {
            var distance = Distance(key, Key(candidate));
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return best is not null && bestDistance <= Math.Max(1, key.Length / 3) ? best : null;
    }

    private static string Invisible(int codePoint, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"holds an invisible formatting character (U+{codePoint:X4}) at character {index + 1}");

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
