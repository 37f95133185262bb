using System.Globalization;
using System.Text;

namespace AllianceRules.Scenarios;

/// <summary>
/// Names are data, never markup or terminal codes: what a name may hold, when two names are the
/// same, and how to quote one safely in a message.
/// </summary>
public static class Names
{
    /// <summary>
    /// The identity of a name: its compatibility normal form, upper-cased, so that names that differ
    /// only by case, width or Unicode form (NFC or NFD) are one name. Never throws: a text that
    /// cannot be normalised (an unpaired surrogate, a noncharacter) is refused by validation, and
    /// until then is its own key, upper-cased as it is.
    /// </summary>
    internal static string Key(string name)
    {
        try
        {
            return name.Normalize(NormalizationForm.FormKC).ToUpperInvariant();
        }
        catch (ArgumentException)
        {
            return name.ToUpperInvariant();
        }
    }

    /// <summary>
    /// What is wrong with the characters of a text, or null: control and invisible formatting
    /// characters, line and paragraph separators, unpaired surrogates, noncharacters and code points
    /// Unicode has not assigned.
    /// </summary>
    internal static string? ProblemWith(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds an unpaired surrogate at character {i + 1}");
            }

            var codePoint = char.ConvertToUtf32(text, i);
            switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
            {
                case UnicodeCategory.Control:
                    return string.Create(CultureInfo.InvariantCulture, $"holds a control character ({Hex(codePoint)}) at character {i + 1}");
                case UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator:
                    return string.Create(CultureInfo.InvariantCulture, $"holds an invisible formatting character ({Hex(codePoint)}) at character {i + 1}");
                case UnicodeCategory.OtherNotAssigned:
                    return string.Create(CultureInfo.InvariantCulture, $"holds {(IsNoncharacter(codePoint) ? "a noncharacter" : "a code point Unicode has not assigned")} ({Hex(codePoint)}) at character {i + 1}");
            }
        }

        return null;
    }

    /// <summary>
    /// What is wrong with a name beyond <see cref="ProblemWith"/>, or null: characters that show as
    /// nothing (Hangul fillers, the Braille blank, variation selectors, the combining grapheme
    /// joiner), a combining mark with no letter to sit on, and letters of two scripts mixed so that
    /// the name can pass for another (a Cyrillic С in a Latin "China").
    /// </summary>
    /// <param name="name">The name, free of what <see cref="ProblemWith"/> finds.</param>
    /// <param name="declared">The names it could be mistaken for, to say which one it looks like.</param>
    internal static string? NameProblemWith(string name, IEnumerable<string> declared)
    {
        string? firstScript = null;
        var mixed = -1;
        for (var i = 0; i < name.Length; i += char.IsSurrogatePair(name, i) ? 2 : 1)
        {
            var codePoint = char.ConvertToUtf32(name, i);
            if (IsBlank(codePoint))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a character that shows as nothing ({Hex(codePoint)}) at character {i + 1}");
            }

            if (CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                && (i == 0 || char.IsWhiteSpace(name[i - 1])))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a combining mark ({Hex(codePoint)}) with no letter before it, at character {i + 1}");
            }

            if (ScriptOf(codePoint) is { } script)
            {
                firstScript ??= script;
                if (script != firstScript && mixed < 0)
                {
                    mixed = i;
                }
            }
        }

        if (mixed < 0)
        {
            return null;
        }

        var skeleton = Skeleton(name);
        var lookalike = declared.Where(d => d != name && Skeleton(d) == skeleton).Order(StringComparer.Ordinal).FirstOrDefault();
        var scripts = $"{firstScript} and {ScriptOf(char.ConvertToUtf32(name, mixed))}";
        return lookalike is null
            ? string.Create(CultureInfo.InvariantCulture, $"mixes {scripts} letters (character {mixed + 1}), so it can pass for another name")
            : string.Create(CultureInfo.InvariantCulture, $"mixes {scripts} letters (character {mixed + 1}) and looks like {Quote(lookalike)}, which it is not; did you mean {Quote(lookalike)}?");
    }

    /// <summary>
    /// Text from a file, an amendment or a request made inert for a terminal, a log or a page: every
    /// character a terminal would act on or that would hide (what <see cref="ProblemWith"/> refuses in
    /// a scenario, and the letters that show as nothing, such as the Hangul fillers) is written as a <c>\u</c> escape (<c>\U</c> with eight digits beyond the BMP).
    /// The one escaping every writer uses for such text, whatever else it escapes for its format.
    /// </summary>
    /// <param name="text">The text, as it came.</param>
    /// <returns>The text with every such character escaped; the text itself when it holds none.</returns>
    public static string Inert(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        StringBuilder? inert = null;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var hidden = char.IsSurrogate(text[i]) && !char.IsSurrogatePair(text, i);
            var codePoint = hidden ? text[i] : char.ConvertToUtf32(text, i);
            if (!hidden && !IsBlankLetter(codePoint) && CharUnicodeInfo.GetUnicodeCategory(codePoint) is not (UnicodeCategory.Control or UnicodeCategory.Format
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.OtherNotAssigned))
            {
                inert?.Append(text, i, char.IsSurrogatePair(text, i) ? 2 : 1);
                continue;
            }

            inert ??= new StringBuilder(text.Length + 16).Append(text, 0, i);
            if (codePoint > 0xFFFF)
            {
                inert.Append(CultureInfo.InvariantCulture, $"\\U{codePoint:X8}");
            }
            else
            {
                inert.Append(CultureInfo.InvariantCulture, $"\\u{codePoint:X4}");
            }
        }

        return inert?.ToString() ?? text;
    }

    /// <summary>A multi-line text made <see cref="Inert"/> line by line: its line breaks stay, anything else a terminal would act on is escaped.</summary>
    internal static string InertLines(string text) => text.Contains('\n', StringComparison.Ordinal)
        ? string.Join('\n', text.Split('\n').Select(Inert))
        : Inert(text);

    /// <summary>
    /// A value quoted for a message: made <see cref="Inert"/>, cut at <see cref="MaxQuoted"/>
    /// characters (with an ellipsis) so that a huge value cannot make a huge message, and put in
    /// single quotes.
    /// </summary>
    /// <param name="text">The value, or null.</param>
    /// <returns>The value quoted for a message, or <c>null</c> for null.</returns>
    public static string Quote(string? text) => text is null ? "null" : $"'{Inert(Clip(text))}'";

    /// <summary>The most characters of a value a message quotes.</summary>
    public const int MaxQuoted = ScenarioLimits.MaxNameLength;

    /// <summary>A value cut at <see cref="MaxQuoted"/> characters (never inside a surrogate pair), with an ellipsis when cut.</summary>
    public static string Clip(string text)
    {
        if (text.Length <= MaxQuoted)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[MaxQuoted - 1]) ? MaxQuoted - 1 : MaxQuoted;
        return text[..cut] + "…";
    }

    /// <summary>The declared name closest to <paramref name="name"/>, for a did-you-mean, or null when none is close.</summary>
    internal static string? Closest(string name, IEnumerable<string> declared)
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

    private static string Hex(int codePoint) => string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}");

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Characters that draw nothing but are letters or marks to Unicode, so the category checks let them through.</summary>
    private static bool IsBlank(int codePoint) => IsBlankLetter(codePoint)
        || codePoint is (>= 0xFE00 and <= 0xFE0F) or (>= 0xE0100 and <= 0xE01EF); // variation selectors, harmless after an emoji but not in a name

    /// <summary>The blank characters that stand for nothing anywhere: escaped in every output, not only refused in names.</summary>
    private static bool IsBlankLetter(int codePoint) => codePoint is
        0x034F // combining grapheme joiner
        or 0x115F or 0x1160 or 0x3164 or 0xFFA0 // Hangul fillers
        or 0x17B4 or 0x17B5 // Khmer inherent vowels
        or (>= 0x180B and <= 0x180F) // Mongolian variation selectors and vowel separator
        or 0x2800; // Braille blank

    /// <summary>The script of a letter, for the scripts whose letters pass for one another; null for anything else.</summary>
    private static string? ScriptOf(int codePoint) => codePoint switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= 0x00C0 and <= 0x024F when char.IsLetter((char)codePoint) => "Latin",
        >= 0x0370 and <= 0x03FF or >= 0x1F00 and <= 0x1FFF when CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter => "Greek",
        >= 0x0400 and <= 0x052F when CharUnicodeInfo.GetUnicodeCategory(codePoint) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter => "Cyrillic",
        _ => null,
    };

    /// <summary>A name with the Greek and Cyrillic letters that look like Latin ones written as those, upper-cased: equal skeletons look alike.</summary>
    private static string Skeleton(string name)
    {
        var skeleton = new StringBuilder(name.Length);
        foreach (var c in Key(name))
        {
            skeleton.Append(LookAlikes.TryGetValue(c, out var latin) ? latin : c);
        }

        return skeleton.ToString();
    }

    private static readonly Dictionary<char, char> LookAlikes = new()
    {
        // Cyrillic capitals (names are compared upper-cased)
        ['А'] = 'A', ['В'] = 'B', ['Е'] = 'E', ['Ѕ'] = 'S', ['І'] = 'I', ['Ј'] = 'J', ['К'] = 'K', ['М'] = 'M', ['Н'] = 'H',
        ['О'] = 'O', ['Р'] = 'P', ['С'] = 'C', ['Т'] = 'T', ['У'] = 'Y', ['Х'] = 'X', ['Ү'] = 'Y', ['Ԛ'] = 'Q', ['Ԝ'] = 'W',
        // Greek capitals
        ['Α'] = 'A', ['Β'] = 'B', ['Ε'] = 'E', ['Ζ'] = 'Z', ['Η'] = 'H', ['Ι'] = 'I', ['Κ'] = 'K', ['Μ'] = 'M', ['Ν'] = 'N',
        ['Ο'] = 'O', ['Ρ'] = 'P', ['Τ'] = 'T', ['Υ'] = 'Y', ['Χ'] = 'X',
    };

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

    /// <summary>
    /// One part of a conclusion key or a record's field as keys write it (<c>responses[From,Kind]</c>):
    /// <c>[</c>, <c>]</c>, <c>,</c> and <c>\</c> are escaped with a backslash. It lives with the names so that
    /// a record (Scenarios) and a conclusion key (Conclusions) spell a name the same way.
    /// </summary>
    internal static string EscapeKeyPart(string part)
    {
        if (part.AsSpan().IndexOfAny(@"\[],") < 0)
        {
            return part;
        }

        var escaped = new StringBuilder(part.Length + 4);
        foreach (var c in part)
        {
            if (c is '\\' or '[' or ']' or ',')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
