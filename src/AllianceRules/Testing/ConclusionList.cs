using System.Diagnostics.CodeAnalysis;
using AllianceRules.Conclusions;

namespace AllianceRules.Testing;

/// <summary>
/// A list of conclusions a test compares as a set: a key of a kind that is drawn or not, with its
/// last subject parts left open (<c>risks</c>, <c>needs[Soviet Union]</c>,
/// <c>commitments[United States].gaps</c>). Its items are the open parts, written as in a key.
/// </summary>
internal sealed record ConclusionList(string Text, ConclusionKind Kind, IReadOnlyList<string> Prefix)
{
    public static bool TryParse(string text, [NotNullWhen(true)] out ConclusionList? list, [NotNullWhen(false)] out string? error)
    {
        list = ConclusionKey.TryParseList(text, out var kind, out var prefix, out error) ? new ConclusionList(text, kind, prefix) : null;
        return list is not null;
    }

    /// <summary>Whether a drawn conclusion belongs to the list.</summary>
    public bool Includes(ConclusionKey key) =>
        key.Kind == Kind && key.Subject.Count > Prefix.Count && key.Subject.Take(Prefix.Count).SequenceEqual(Prefix, StringComparer.Ordinal);

    /// <summary>A conclusion of the list as its item: the open parts of its key, <c>AloneAtSea</c> or <c>Abandonment,Soviet Union</c>.</summary>
    public string ItemOf(ConclusionKey key) => string.Join(",", key.Subject.Skip(Prefix.Count).Select(ConclusionKey.EscapePart));

    /// <summary>Reads an item into the key of the conclusion it names.</summary>
    public bool TryKeyOf(string item, [NotNullWhen(true)] out ConclusionKey? key, [NotNullWhen(false)] out string? error)
    {
        // The open parts are all in the last brackets: the item goes there.
        var text = Text.EndsWith(']') ? $"{Text[..^1]},{item}]" : $"{Text}[{item}]";
        if (!ConclusionKey.TryParse(text, out key, out var keyError))
        {
            error = $"{Scenarios.Names.Quote(item)} is not an item of {Text}: {keyError}";
            return false;
        }

        if (!Includes(key))
        {
            error = $"{Scenarios.Names.Quote(item)} is not an item of {Text}: it reads as {Scenarios.Names.Inert(Scenarios.Names.Clip(key.ToString()))}";
            key = null;
            return false;
        }

        error = null;
        return true;
    }
}
