using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json.Serialization;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Conclusions;

/// <summary>
/// Names one conclusion of an assessment: its kind and its subject, such as
/// <c>responses[United States,PartnershipUpgrade]</c>. This is the one place that knows the key
/// syntax; names holding <c>[</c>, <c>]</c>, <c>,</c> or <c>\</c> are escaped with a backslash, so
/// two different subjects can never print as the same key.
/// </summary>
/// <remarks>Keys compare by their kind and subject; they sort by their text, ordinally.</remarks>
[JsonConverter(typeof(ConclusionKeyJsonConverter))]
public sealed class ConclusionKey : IEquatable<ConclusionKey>, IComparable<ConclusionKey>
{
    private static readonly Dictionary<ConclusionKind, Segment[]> Syntaxes = ConclusionDescriptor.All.ToDictionary(d => d.Kind, SyntaxOf);

    private static readonly Dictionary<ConclusionKind, IReadOnlyList<string>> AllValues = ConclusionDescriptor.All.ToDictionary(d => d.Kind, d => d.Values);

    private readonly string[] _subject;
    private readonly string _text;
    private IReadOnlyList<string>? _readOnlySubject;

    private ConclusionKey(ConclusionKind kind, string[] subject)
    {
        Kind = kind;
        _subject = subject;
        _text = Format(kind, subject);
    }

    /// <summary>The kind of conclusion.</summary>
    public ConclusionKind Kind { get; }

    /// <summary>The subject's parts in key order: names of powers and values of the rulebook's enums.</summary>
    /// <remarks>Read-only: a key is shared by every caller on a thread that makes it again, so none may write into it.</remarks>
    public IReadOnlyList<string> Subject => _readOnlySubject ??= Array.AsReadOnly(_subject);

    /// <summary>The great power the conclusion is about, where there is one.</summary>
    public string? Power
    {
        get
        {
            var names = Syntaxes[Kind].SelectMany(s => s.Parts).Select((part, i) => (part, i)).Where(p => p.part.IsName && p.i < _subject.Length);
            return names.Select(p => _subject[p.i]).FirstOrDefault();
        }
    }

    /// <summary>The key of the posture.</summary>
    public static ConclusionKey Posture { get; } = new(ConclusionKind.Posture, []);

    /// <summary>The key of the response to offers of <paramref name="kind"/> from <paramref name="from"/>.</summary>
    /// <param name="from">The great power that makes the offer.</param>
    /// <param name="kind">The kind of offer.</param>
    /// <returns>The key <c>responses[From,Kind]</c>.</returns>
    public static ConclusionKey Response(string from, OfferKind kind) => Shared(ConclusionKind.Response, Name(from), kind.ToString());

    /// <summary>The key of a need from a great power.</summary>
    /// <param name="from">The great power.</param>
    /// <param name="need">The need.</param>
    /// <returns>The key <c>needs[From,Need]</c>.</returns>
    public static ConclusionKey Need(string from, Need need) => Shared(ConclusionKind.Need, Name(from), need.ToString());

    /// <summary>The key of a patron's commitment.</summary>
    /// <param name="power">The patron.</param>
    /// <returns>The key <c>commitments[Power]</c>.</returns>
    public static ConclusionKey Commitment(string power) => Shared(ConclusionKind.Commitment, Name(power), null);

    /// <summary>The key of a gap in a patron's commitment.</summary>
    /// <param name="power">The patron.</param>
    /// <param name="gap">The gap.</param>
    /// <returns>The key <c>commitments[Power].gaps[Gap]</c>.</returns>
    public static ConclusionKey Gap(string power, Gap gap) => Shared(ConclusionKind.Gap, Name(power), gap.ToString());

    /// <summary>The key of a risk, with the power it comes from where there is one.</summary>
    /// <param name="risk">The risk.</param>
    /// <param name="power">The great power the risk comes from, or null.</param>
    /// <returns>The key <c>risks[Risk]</c> or <c>risks[Risk,Power]</c>.</returns>
    public static ConclusionKey Risk(Risk risk, string? power) =>
        Shared(ConclusionKind.Risk, risk.ToString(), power);

    /// <summary>The key of the outlook of an alliance with a great power.</summary>
    /// <param name="power">The great power.</param>
    /// <returns>The key <c>outlook[Power]</c>.</returns>
    public static ConclusionKey Outlook(string power) => Shared(ConclusionKind.Outlook, Name(power), null);

    /// <summary>The key of a piece of advice to a great power.</summary>
    /// <param name="to">The great power advised.</param>
    /// <param name="advice">The advice.</param>
    /// <returns>The key <c>advice[To,Advice]</c>.</returns>
    public static ConclusionKey Advice(string to, Advice advice) => Shared(ConclusionKind.Advice, Name(to), advice.ToString());

    /// <summary>The key of a conclusion of any kind, from its subject's parts in key order.</summary>
    /// <param name="kind">The kind of conclusion.</param>
    /// <param name="subject">Names of powers and values of the rulebook's enums, as the kind's syntax orders them.</param>
    /// <returns>The key.</returns>
    /// <exception cref="ArgumentException">The subject does not fit the kind.</exception>
    public static ConclusionKey Of(ConclusionKind kind, params string[] subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var parts = Syntaxes.TryGetValue(kind, out var syntax) ? syntax.SelectMany(s => s.Parts).ToArray() : throw new ArgumentOutOfRangeException(nameof(kind));
        if (subject.Length > parts.Length || subject.Length < parts.Count(p => !p.Optional)
            || parts.Zip(subject).FirstOrDefault(p => !p.First.Accepts(p.Second)) is ({ }, _))
        {
            throw new ArgumentException($"[{string.Join(",", subject)}] is not the subject of a {kind} conclusion: {Format(kind, [.. parts.Select(p => p.Label)])}", nameof(subject));
        }

        return new ConclusionKey(kind, [.. subject]);
    }

    /// <summary>The values a conclusion of a kind can take; <see cref="ConclusionMap.Absent"/> where it may be left undrawn.</summary>
    /// <param name="kind">The kind of conclusion.</param>
    /// <returns>The values, in the rulebook's order.</returns>
    public static IReadOnlyList<string> ValuesOf(ConclusionKind kind) => AllValues[kind];

    /// <summary>Reads a key written as <see cref="ToString"/> writes it.</summary>
    /// <param name="text">The key, such as <c>outlook[Soviet Union]</c>.</param>
    /// <returns>The key.</returns>
    /// <exception cref="FormatException">The text is not a key; the message lists the forms a key takes.</exception>
    public static ConclusionKey Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var key, out var error) ? key : throw new FormatException(error);
    }

    /// <summary>Reads a key written as <see cref="ToString"/> writes it, without throwing.</summary>
    /// <param name="text">The key.</param>
    /// <param name="key">The key read, when the text is one.</param>
    /// <param name="error">What is wrong with the text, when it is not a key.</param>
    /// <returns>Whether the text is a key.</returns>
    public static bool TryParse(string text, [NotNullWhen(true)] out ConclusionKey? key, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(text);
        key = null;
        if (!TryRead(text, out var groups, out error))
        {
            error = $"{Names.Quote(text)} is not a conclusion: {error}. {Forms}";
            return false;
        }

        foreach (var (kind, syntax) in Syntaxes)
        {
            if (!Fits(groups, syntax))
            {
                continue;
            }

            var parts = groups.SelectMany(g => g.Parts).ToArray();
            if (syntax.SelectMany(g => g.Parts).Zip(parts).FirstOrDefault(p => !p.First.Accepts(p.Second)) is ({ } part, { } value))
            {
                error = $"{Names.Quote(text)} is not a conclusion: {Names.Quote(value)} is not one of {part.Label}: {part.Choices}";
                return false;
            }

            key = new ConclusionKey(kind, parts);
            return true;
        }

        error = $"{Names.Quote(text)} is not a conclusion. {Forms}";
        return false;
    }

    /// <summary>
    /// Reads a list of conclusions: a key of a kind that is drawn or not (needs, gaps, risks,
    /// advice) with its last subject parts left open, such as <c>risks</c>, <c>needs[Soviet Union]</c>
    /// or <c>commitments[United States].gaps</c>. The open parts must all be in the last brackets,
    /// and at least one of them must be a part every key of the kind gives.
    /// </summary>
    /// <param name="text">The list.</param>
    /// <param name="kind">The kind of its conclusions.</param>
    /// <param name="prefix">The subject parts the list gives, which every key in it starts with.</param>
    /// <param name="error">What is wrong with the text, when it is not a list.</param>
    /// <returns>Whether the text is a list.</returns>
    internal static bool TryParseList(string text, out ConclusionKind kind, out string[] prefix, [NotNullWhen(false)] out string? error)
    {
        kind = default;
        prefix = [];
        if (!TryRead(text, out var groups, out error))
        {
            error = $"{Names.Quote(text)} is not a list of conclusions: {error}. {ListForms}";
            return false;
        }

        foreach (var (candidate, syntax) in Syntaxes)
        {
            if (groups.Count != syntax.Length || groups.Zip(syntax).Any(p => p.First.Head != p.Second.Head)
                || groups.SkipLast(1).Zip(syntax).Any(p => p.First.Parts.Count != p.Second.Parts.Count))
            {
                continue;
            }

            var parts = syntax.SelectMany(s => s.Parts).ToArray();
            var given = groups.SelectMany(g => g.Parts).ToArray();
            if (given.Length >= parts.Count(p => !p.Optional))
            {
                continue;
            }

            if (parts.Zip(given).FirstOrDefault(p => !p.First.Accepts(p.Second)) is ({ } part, { } value))
            {
                error = $"{Names.Quote(text)} is not a list of conclusions: '{value}' is not one of {part.Label}: {part.Choices}";
                return false;
            }

            if (!AllValues[candidate].SequenceEqual([ConclusionMap.Present, ConclusionMap.Absent]))
            {
                error = $"{Names.Quote(text)} is not a list of conclusions: {candidate} conclusions each have a value, so expect each by its key. {ListForms}";
                return false;
            }

            kind = candidate;
            prefix = given;
            return true;
        }

        error = $"{Names.Quote(text)} is not a list of conclusions. {ListForms}";
        return false;
    }

    /// <summary>Whether the subject part at <paramref name="index"/> of a kind's keys is a name (of a power) rather than a value of the rulebook's enums.</summary>
    internal static bool IsNamePart(ConclusionKind kind, int index)
    {
        var parts = Syntaxes[kind].SelectMany(s => s.Parts).ToArray();
        return index >= 0 && index < parts.Length && parts[index].IsName;
    }

    /// <summary>Writes one part of a subject as a key writes it, escaping <c>[</c>, <c>]</c>, <c>,</c> and <c>\</c>.</summary>
    internal static string EscapePart(string part) => Escape(part);

    /// <summary>The key as text: <c>posture</c>, <c>responses[From,Kind]</c>, <c>commitments[Power].gaps[Gap]</c>, …</summary>
    /// <returns>The key's text.</returns>
    public override string ToString() => _text;

    /// <inheritdoc/>
    public bool Equals(ConclusionKey? other) =>
        other is not null && Kind == other.Kind && _subject.AsSpan().SequenceEqual(other._subject);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ConclusionKey);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(_text);

    /// <inheritdoc/>
    public int CompareTo(ConclusionKey? other) => other is null ? 1 : string.CompareOrdinal(_text, other._text);

    /// <summary>Whether two keys name the same conclusion.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ConclusionKey? left, ConclusionKey? right) => Equals(left, right);

    /// <summary>Whether two keys name different conclusions.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ConclusionKey? left, ConclusionKey? right) => !Equals(left, right);

    /// <summary>Orders keys by their text.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(ConclusionKey? left, ConclusionKey? right) => Compare(left, right) < 0;

    /// <summary>Orders keys by their text.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(ConclusionKey? left, ConclusionKey? right) => Compare(left, right) <= 0;

    /// <summary>Orders keys by their text.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(ConclusionKey? left, ConclusionKey? right) => Compare(left, right) > 0;

    /// <summary>Orders keys by their text.</summary>
    /// <param name="left">A key.</param>
    /// <param name="right">Another key.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(ConclusionKey? left, ConclusionKey? right) => Compare(left, right) >= 0;

    // The forms are the descriptors' key syntaxes, so a new kind is listed where it is declared.
    private static readonly string Forms = "A conclusion is " + ConclusionDescriptor.KeyForms;

    private static readonly string ListForms = "A list is " + ConclusionDescriptor.ListForms;

    private static int Compare(ConclusionKey? left, ConclusionKey? right) =>
        left is null ? (right is null ? 0 : -1) : left.CompareTo(right);

    private static string Name(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name;
    }

    [ThreadStatic]
    private static StringBuilder? _formatting;

    /// <summary>The keys this thread made lately, by kind and subject.</summary>
    [ThreadStatic]
    private static Dictionary<(ConclusionKind, string, string?), ConclusionKey>? _recent;

    /// <summary>How many keys this thread keeps, for tests of the bound.</summary>
    internal static int RecentCount => _recent?.Count ?? 0;

    /// <summary>
    /// The key of a subject of one or two parts. A sweep draws the same keys row after row (one
    /// power, a few offers): each thread keeps those it made lately, so that a key is made and
    /// formatted once, not once per finding per row. Keys are immutable (their subject is read
    /// only), so sharing one is safe; the store is emptied when full, for a host that assesses
    /// ever new names.
    /// </summary>
    private static ConclusionKey Shared(ConclusionKind kind, string first, string? second)
    {
        var recent = _recent ??= [];
        if (recent.TryGetValue((kind, first, second), out var key))
        {
            return key;
        }

        if (recent.Count >= 1024)
        {
            recent.Clear();
        }

        key = new ConclusionKey(kind, second is null ? [first] : [first, second]);
        recent.Add((kind, first, second), key);
        return key;
    }

    private static string Format(ConclusionKind kind, string[] subject)
    {
        // Every finding's key is formatted once per assessment in a sweep: one builder per thread, reused.
        var text = _formatting ??= new StringBuilder(64);
        text.Clear();
        var next = 0;
        foreach (var segment in Syntaxes[kind])
        {
            if (text.Length > 0)
            {
                text.Append('.');
            }

            text.Append(segment.Head);
            var count = Math.Min(segment.Parts.Count, subject.Length - next);
            if (count > 0)
            {
                text.Append('[');
                for (var i = next; i < next + count; i++)
                {
                    if (i > next)
                    {
                        text.Append(',');
                    }

                    text.Append(Escape(subject[i]));
                }

                text.Append(']');
                next += count;
            }
        }

        return text.ToString();
    }

    private static string Escape(string part) => Scenarios.Names.EscapeKeyPart(part);

    private static bool Fits(List<Group> groups, Segment[] syntax)
    {
        if (groups.Count != syntax.Length)
        {
            return false;
        }

        for (var i = 0; i < groups.Count; i++)
        {
            var parts = syntax[i].Parts;
            if (groups[i].Head != syntax[i].Head || groups[i].Parts.Count > parts.Count || groups[i].Parts.Count < parts.Count(p => !p.Optional))
            {
                return false;
            }
        }

        return true;
    }

    private static Segment[] SyntaxOf(ConclusionDescriptor descriptor)
    {
        var segments = new List<Segment> { new((string)descriptor.KeyParts[0], []) };
        foreach (var part in descriptor.KeyParts.Skip(1))
        {
            if (part is string word && word.All(char.IsAsciiLetterLower))
            {
                segments.Add(new Segment(word, []));
            }
            else
            {
                segments[^1].Parts.Add(part is Type type ? Part.Of(type) : Part.Name((string)part));
            }
        }

        return [.. segments];
    }

    // Reads "head[part,part].head[part]" into groups, undoing the escapes of names.
    private static bool TryRead(string text, out List<Group> groups, [NotNullWhen(false)] out string? error)
    {
        groups = [];
        var i = 0;
        while (true)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiLetterLower(text[i]))
            {
                i++;
            }

            if (i == start)
            {
                error = i < text.Length ? $"unexpected {Names.Quote(text[i].ToString())} at character {i + 1}" : "it is empty";
                return false;
            }

            var group = new Group(text[start..i], []);
            groups.Add(group);
            if (i == text.Length)
            {
                error = null;
                return true;
            }

            if (text[i] == '.')
            {
                i++;
                continue;
            }

            if (text[i] != '[')
            {
                error = $"unexpected {Names.Quote(text[i].ToString())} at character {i + 1}";
                return false;
            }

            i++;
            var part = new StringBuilder();
            while (true)
            {
                if (i == text.Length)
                {
                    error = "a '[' is not closed";
                    return false;
                }

                var c = text[i++];
                if (c == '\\' && i < text.Length)
                {
                    part.Append(text[i++]);
                }
                else if (c is ',' or ']')
                {
                    if (part.Length == 0)
                    {
                        error = "a name in brackets is empty";
                        return false;
                    }

                    group.Parts.Add(part.ToString());
                    part.Clear();
                    if (c == ']')
                    {
                        break;
                    }
                }
                else if (c == '[')
                {
                    error = $"an unescaped '[' at character {i}";
                    return false;
                }
                else
                {
                    part.Append(c);
                }
            }

            if (i == text.Length)
            {
                error = null;
                return true;
            }

            if (text[i] != '.')
            {
                error = $"unexpected {Names.Quote(text[i].ToString())} at character {i + 1}";
                return false;
            }

            i++;
        }
    }

    private sealed record Group(string Head, List<string> Parts);

    private sealed record Segment(string Head, List<Part> Parts);

    private sealed class Part
    {
        private readonly string[]? _values;

        private Part(string label, string[]? values, bool optional)
        {
            Label = label;
            _values = values;
            Optional = optional;
        }

        public string Label { get; }

        public bool Optional { get; }

        public bool IsName => _values is null;

        public string Choices => _values is null ? "any name" : string.Join(", ", _values);

        public static Part Name(string label) => new(label.TrimEnd('?'), null, label.EndsWith('?'));

        public static Part Of(Type type) => new(type.Name, Enum.GetNames(type), false);

        public bool Accepts(string value) => _values is null || _values.Contains(value, StringComparer.Ordinal);
    }
}
