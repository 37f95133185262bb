using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceRules.Conclusions;

/// <summary>
/// Everything the library knows of one kind of conclusion, in one place: its key syntax, the
/// values it takes, the section reports lay it out in, how its findings are built and read back
/// from an assessment, how the theory lint traces it, and where it sits in the assessment JSON.
/// Each finding type declares its kind's descriptor; <see cref="ConclusionKind"/> names the finding
/// type of each kind, and every tool, renderer and contract reads the kinds from <see cref="All"/>.
/// </summary>
public sealed class ConclusionDescriptor
{
    private static readonly Lazy<IReadOnlyList<ConclusionDescriptor>> Descriptors = new(Load);

    private readonly Func<IFindingSource, object>? _build;
    private readonly Func<Assessment, object, Assessment>? _set;
    private readonly Func<Assessment, IReadOnlyList<IFinding>>? _read;
    private readonly Func<IFinding, IReadOnlyList<IFinding>>? _readWithin;
    private readonly Type _conclusionType;

    private ConclusionDescriptor(
        ConclusionKind kind,
        Type findingType,
        Type conclusionType,
        object[] key,
        object[] values,
        ConclusionSection? section,
        Func<IFindingSource, object>? build,
        Func<Assessment, object, Assessment>? set,
        Func<Assessment, IReadOnlyList<IFinding>>? read,
        Func<IFinding, IReadOnlyList<IFinding>>? readWithin)
    {
        Kind = kind;
        FindingType = findingType;
        _conclusionType = conclusionType;
        KeyParts = key;
        Values = [.. values.SelectMany(v => v is Type type ? Enum.GetNames(type) : [(string)v])];
        Section = section;
        _build = build;
        _set = set;
        _read = read;
        _readWithin = readWithin;
        Subject = [.. key.Skip(1).Where(p => !IsHead(p)).Select(p => JsonNameOf(SubjectProperty(findingType, p)))];
        Optional = [.. key.Skip(1).Where(p => !IsHead(p)).Select(p => p is string label && label.EndsWith('?'))];
        ValueProperty = ValuePropertyOf(findingType, values) is { } value ? JsonNameOf(value) : null;
        KeySyntax = Syntax(key, findingType, withOptional: true);
    }

    /// <summary>The kind described.</summary>
    public ConclusionKind Kind { get; }

    /// <summary>The key syntax, such as <c>responses[From,Kind]</c>; a part that may be left out ends in <c>?</c>, as in <c>risks[Risk,Power?]</c>.</summary>
    public string KeySyntax { get; }

    /// <summary>The values a conclusion of the kind can take, in the rulebook's order; <see cref="ConclusionMap.Absent"/> where it may be left undrawn.</summary>
    public IReadOnlyList<string> Values { get; }

    /// <summary>The title of the kind's section in reports, or null for a kind shown within another (a gap, within its commitment).</summary>
    public string? Title => Section?.TableTitle;

    /// <summary>Whether the kind's section holds exactly one finding (the posture).</summary>
    public bool HoldsOne => Section?.Single ?? false;

    /// <summary>The kind whose findings hold this kind's findings (<see cref="ConclusionKind.Commitment"/> for a gap), or null for a kind the assessment holds itself.</summary>
    public ConclusionKind? Within { get; private set; }

    /// <summary>The JSON property that holds the kind's findings: of the assessment, or of the finding of <see cref="Within"/>.</summary>
    public string JsonName { get; private set; } = "";

    /// <summary>The JSON properties of a finding that hold its key's subject, in key order.</summary>
    public IReadOnlyList<string> Subject { get; }

    /// <summary>Whether each part of <see cref="Subject"/> may be left out of a finding (and of its key).</summary>
    public IReadOnlyList<bool> Optional { get; }

    /// <summary>
    /// The JSON property of a finding that holds its value, or null for a kind that is drawn or not
    /// (its findings are <see cref="ConclusionMap.Present"/>). A boolean value reads as the first of
    /// <see cref="Values"/> when true and the second when false.
    /// </summary>
    public string? ValueProperty { get; }

    /// <summary>
    /// Whether the kind is a verdict: a conclusion the theory lint holds two rule sets to agree on
    /// when it asks whether they decide alike (the posture and the responses).
    /// </summary>
    public bool Verdict { get; private init; }

    /// <summary>The finding type of the kind, whose JSON is the kind's part of the assessment contract.</summary>
    public Type FindingType { get; }

    /// <summary>Every kind, in the order of <see cref="ConclusionKind"/> and of <see cref="Assessment.Findings"/>.</summary>
    public static IReadOnlyList<ConclusionDescriptor> All => Descriptors.Value;

    /// <summary>The descriptor of one kind.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its descriptor.</returns>
    public static ConclusionDescriptor Of(ConclusionKind kind) =>
        (int)kind >= 0 && (int)kind < All.Count ? All[(int)kind] : throw new ArgumentOutOfRangeException(nameof(kind));

    /// <summary>The key syntax as the finding declares it: the head, then names (strings) and enum types, a lower-case word opening a nested head.</summary>
    internal IReadOnlyList<object> KeyParts { get; }

    /// <summary>How reports lay out the kind, or null for a kind shown within another.</summary>
    internal ConclusionSection? Section { get; }

    /// <summary>Whether the kind's conclusion facts give one value of several, which the lint traces (<see cref="IValuedConclusion"/>).</summary>
    internal bool Valued => typeof(IValuedConclusion).IsAssignableFrom(_conclusionType);

    /// <summary>The kinds whose findings an assessment holds itself (not within another's), in order.</summary>
    internal static IReadOnlyList<ConclusionDescriptor> TopLevel { get; } = [.. All.Where(d => d.Within is null)];

    /// <summary>
    /// Builds the kind's findings from what the rules drew (or has the source hand back those it
    /// built before from the same facts) and puts them into the assessment; a kind within another
    /// is built by it.
    /// </summary>
    internal Assessment Attach(IFindingSource source, Assessment assessment) =>
        _build is null ? assessment : _set!(assessment, source.FindingsOf(Kind, _build));

    /// <summary>Adds the kind's findings of an assessment, each followed by the findings held within it, to a list.</summary>
    internal void AddFindings(Assessment assessment, List<IFinding> findings)
    {
        foreach (var finding in _read!(assessment))
        {
            findings.Add(finding);
            foreach (var nested in All)
            {
                if (nested.Within == Kind)
                {
                    findings.AddRange(nested._readWithin!(finding));
                }
            }
        }
    }

    /// <summary>The kind's findings that an assessment holds itself (not those held within them).</summary>
    internal IReadOnlyList<IFinding> FindingsIn(Assessment assessment) => _read!(assessment);

    /// <summary>The number of findings of the kind an assessment holds itself.</summary>
    internal int CountIn(Assessment assessment) => _read!(assessment).Count;

    /// <summary>A kind the assessment holds itself.</summary>
    /// <typeparam name="TFinding">The kind's finding type.</typeparam>
    /// <typeparam name="TConclusion">The fact the rules draw for it.</typeparam>
    /// <typeparam name="TFindings">What the assessment holds of the kind: its findings, or the one finding of a kind that holds one (the posture).</typeparam>
    /// <param name="kind">The kind.</param>
    /// <param name="key">The key syntax: the head, then its parts (see <see cref="KeyParts"/>).</param>
    /// <param name="values">The values: enum types and literal values, in order.</param>
    /// <param name="section">How reports lay it out.</param>
    /// <param name="build">
    /// Builds its findings from what the rules drew. It reads the session only through the source,
    /// so that findings built from the same derivations and offers are the same findings.
    /// </param>
    /// <param name="set">Puts its findings into an assessment, as <c>(a, findings) =&gt; a with { … = findings }</c>.</param>
    /// <param name="read">Its findings in an assessment.</param>
    /// <param name="verdict">Whether it is a verdict (<see cref="Verdict"/>).</param>
    internal static ConclusionDescriptor For<TFinding, TConclusion, TFindings>(
        ConclusionKind kind,
        object[] key,
        object[] values,
        ConclusionSection section,
        Func<IFindingSource, TFindings> build,
        Func<Assessment, TFindings, Assessment> set,
        Func<Assessment, IReadOnlyList<TFinding>> read,
        bool verdict = false)
        where TFinding : class, IFinding
        where TFindings : class =>
        new(kind, typeof(TFinding), typeof(TConclusion), key, values, section, source => build(source), (a, findings) => set(a, (TFindings)findings), read, null) { Verdict = verdict };

    /// <summary>A kind held within the findings of another, which builds it (a gap, within its commitment).</summary>
    /// <param name="kind">The kind.</param>
    /// <param name="key">The key syntax.</param>
    /// <param name="values">The values.</param>
    /// <param name="readWithin">Its findings within one finding of the kind that holds it.</param>
    internal static ConclusionDescriptor Nested<TFinding, TConclusion, TOuter>(
        ConclusionKind kind,
        object[] key,
        object[] values,
        Func<TOuter, IReadOnlyList<TFinding>> readWithin)
        where TFinding : class, IFinding
        where TOuter : IFinding =>
        new(kind, typeof(TFinding), typeof(TConclusion), key, values, null, null, null, null, outer => readWithin((TOuter)outer));

    /// <summary>The forms a key takes, for error messages: <c>posture, responses[From,Kind], … or advice[To,Advice]</c>.</summary>
    internal static string KeyForms { get; } = Sentence(
        All.Select(d => d.Optional.Contains(true)
            ? $"{Syntax(d.KeyParts, d.FindingType, withOptional: false)} or {Syntax(d.KeyParts, d.FindingType, withOptional: true).Replace("?", "", StringComparison.Ordinal)}"
            : d.KeySyntax),
        " or ");

    /// <summary>The forms a list of conclusions takes, for error messages: <c>needs or needs[From], … or advice or advice[To]</c>.</summary>
    internal static string ListForms { get; } = Sentence(
        All.Where(d => d.Values.SequenceEqual([ConclusionMap.Present, ConclusionMap.Absent])).Select(d => string.Join(" or ", d.ListSyntaxes())),
        ", or ");

    private IEnumerable<string> ListSyntaxes()
    {
        // A list leaves open the last brackets' parts, from the first one that every key gives.
        var labels = Labels(KeyParts, FindingType).ToArray();
        var lastHead = Array.FindLastIndex(labels, l => l.Head);
        var required = labels.Skip(lastHead + 1).Count(l => !l.Optional);
        for (var given = 0; given < required; given++)
        {
            var text = Syntax([.. KeyParts.Take(lastHead + 1 + given)], FindingType, withOptional: false);
            yield return text;
        }
    }

    private static string Sentence(IEnumerable<string> items, string last)
    {
        var list = items.ToList();
        return list.Count < 2 ? string.Concat(list) : string.Join(", ", list.SkipLast(1)) + last + list[^1];
    }

    private static string Syntax(IReadOnlyList<object> key, Type findingType, bool withOptional)
    {
        var text = new System.Text.StringBuilder();
        var open = false;
        foreach (var (label, head, optional) in Labels(key, findingType))
        {
            if (head)
            {
                text.Append(open ? "]." : text.Length > 0 ? "." : "").Append(label);
                open = false;
            }
            else if (!optional || withOptional)
            {
                text.Append(open ? "," : "[").Append(label).Append(optional ? "?" : "");
                open = true;
            }
        }

        return open ? text.Append(']').ToString() : text.ToString();
    }

    // The key's labels as readers see them: a name's label, or the name of the finding's property that holds an enum part.
    private static IEnumerable<(string Label, bool Head, bool Optional)> Labels(IReadOnlyList<object> key, Type findingType) =>
        key.Select((part, i) => i == 0 || IsHead(part)
            ? ((string)part, true, false)
            : (part is string name ? name.TrimEnd('?') : SubjectProperty(findingType, part).Name, false, part is string n && n.EndsWith('?')));

    private static bool IsHead(object part) => part is string word && word.All(char.IsAsciiLetterLower);

    private static PropertyInfo SubjectProperty(Type findingType, object part)
    {
        var properties = findingType.GetProperties(BindingFlags.Public | BindingFlags.Instance);
        var found = part is Type type
            ? properties.Where(p => p.PropertyType == type)
            : properties.Where(p => p.Name == ((string)part).TrimEnd('?'));
        return found.SingleOrDefault() ?? throw new InvalidOperationException($"{findingType.Name} has no single property for the key part {part}.");
    }

    private static PropertyInfo? ValuePropertyOf(Type findingType, object[] values)
    {
        // Drawn or not: no property holds a value. One value of an enum: the property of that type. Else a boolean.
        if (values.All(v => v is string) && values.Length == 2 && (string)values[0] == ConclusionMap.Present)
        {
            return null;
        }

        var type = values.OfType<Type>().FirstOrDefault() ?? typeof(bool);
        var properties = findingType.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.PropertyType == type && p.GetCustomAttribute<JsonIgnoreAttribute>() is null).ToArray();
        return properties.Length == 1 ? properties[0] : throw new InvalidOperationException($"{findingType.Name} has no single property of type {type.Name} for its value.");
    }

    private static string JsonNameOf(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "ConclusionFindingAttribute keeps the finding types' non-public static properties.")]
    private static List<ConclusionDescriptor> Load()
    {
        var descriptors = new List<ConclusionDescriptor>();
        foreach (var kind in Enum.GetValues<ConclusionKind>())
        {
            var finding = typeof(ConclusionKind).GetField(kind.ToString())!.GetCustomAttribute<ConclusionFindingAttribute>()?.FindingType
                ?? throw new InvalidOperationException($"{kind} names no finding type ([ConclusionFinding]).");
            var descriptor = finding.GetProperty("Descriptor", BindingFlags.NonPublic | BindingFlags.Static)?.GetValue(null) as ConclusionDescriptor
                ?? throw new InvalidOperationException($"{finding.Name} declares no Descriptor.");
            if (descriptor.Kind != kind || (int)kind != descriptors.Count)
            {
                throw new InvalidOperationException($"{finding.Name}'s descriptor is of {descriptor.Kind}, not {kind}, or the kinds are not numbered in order.");
            }

            descriptors.Add(descriptor);
        }

        // Where each kind's findings sit in the JSON: a property of the assessment, or of another kind's finding.
        foreach (var descriptor in descriptors)
        {
            if (HolderOf(typeof(Assessment), descriptor.FindingType) is { } property)
            {
                descriptor.JsonName = JsonNameOf(property);
                continue;
            }

            var outer = descriptors.FirstOrDefault(d => HolderOf(d.FindingType, descriptor.FindingType) is not null)
                ?? throw new InvalidOperationException($"Neither the assessment nor a finding holds {descriptor.FindingType.Name}.");
            descriptor.Within = outer.Kind;
            descriptor.JsonName = JsonNameOf(HolderOf(outer.FindingType, descriptor.FindingType)!);
        }

        return descriptors;
    }

    private static PropertyInfo? HolderOf(Type holder, Type finding) =>
        holder.GetProperties(BindingFlags.Public | BindingFlags.Instance).SingleOrDefault(p =>
            p.PropertyType == finding || (p.PropertyType.IsGenericType && p.PropertyType.GetGenericArguments() is [var item] && item == finding));
}
