using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace AllianceRules.Conclusions;

/// <summary>
/// Every conclusion of an assessment by its key, with its value as text: what the rules conclude,
/// without how they explain it. Tools compare these maps (what-if, theory diffs, the rulebook
/// fingerprint); keys enumerate in their text's ordinal order.
/// </summary>
[SuppressMessage("Naming", "CA1710", Justification = "A map of conclusions is the domain's word; it is not a general-purpose dictionary.")]
public sealed class ConclusionMap : IReadOnlyDictionary<ConclusionKey, string>
{
    /// <summary>The value of a conclusion the rules did not draw.</summary>
    public const string Absent = "(none)";

    /// <summary>The value of a need, gap, risk or piece of advice that was drawn.</summary>
    public const string Present = "present";

    /// <summary>The value of a credible commitment.</summary>
    public const string Credible = "credible";

    /// <summary>The value of a commitment with gaps.</summary>
    public const string NotCredible = "not credible";

    private readonly SortedDictionary<ConclusionKey, string> _values;

    private ConclusionMap(SortedDictionary<ConclusionKey, string> values) => _values = values;

    /// <summary>The conclusions of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its conclusions by key; where several findings share a key (two offers of one kind from one power), their distinct values joined by <c>/</c>.</returns>
    public static ConclusionMap Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var values = new SortedDictionary<ConclusionKey, string>();
        foreach (var (key, findings) in Group(assessment.Findings))
        {
            values[key] = ValueOf(findings);
        }

        return new ConclusionMap(values);
    }

    /// <summary>The map of conclusions read back from a theory export.</summary>
    internal static ConclusionMap Of(IEnumerable<Theory.TheoryConclusion> conclusions)
    {
        var values = new SortedDictionary<ConclusionKey, string>();
        foreach (var conclusion in conclusions)
        {
            values.Add(conclusion.Key, conclusion.Value);
        }

        return new ConclusionMap(values);
    }

    /// <summary>Findings grouped by key (each key computed once), the groups in order of their first finding.</summary>
    internal static List<(ConclusionKey Key, List<IFinding> Findings)> Group(IReadOnlyList<IFinding> findings)
    {
        var groups = new List<(ConclusionKey Key, List<IFinding> Findings)>(findings.Count);
        var index = new Dictionary<ConclusionKey, int>(findings.Count);
        foreach (var finding in findings)
        {
            var key = finding.Key;
            if (index.TryGetValue(key, out var at))
            {
                groups[at].Findings.Add(finding);
            }
            else
            {
                index.Add(key, groups.Count);
                groups.Add((key, [finding]));
            }
        }

        return groups;
    }

    /// <summary>The value of findings that share a key: their distinct values, ordered and joined by <c>/</c>.</summary>
    internal static string ValueOf(List<IFinding> findings)
    {
        if (findings.Count == 1)
        {
            return findings[0].Value;
        }

        var values = new List<string>(findings.Count);
        foreach (var finding in findings)
        {
            values.Add(finding.Value);
        }

        values.Sort(StringComparer.Ordinal);
        var distinct = new List<string>(values.Count);
        foreach (var value in values)
        {
            if (distinct.Count == 0 || !string.Equals(distinct[^1], value, StringComparison.Ordinal))
            {
                distinct.Add(value);
            }
        }

        return string.Join("/", distinct);
    }

    /// <summary>The value of a conclusion, or <see cref="Absent"/> when the rules did not draw it.</summary>
    /// <param name="key">The conclusion.</param>
    /// <returns>Its value.</returns>
    public string ValueOf(ConclusionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _values.TryGetValue(key, out var value) ? value : Absent;
    }

    /// <inheritdoc/>
    public string this[ConclusionKey key] => _values[key];

    /// <inheritdoc/>
    public IEnumerable<ConclusionKey> Keys => _values.Keys;

    /// <inheritdoc/>
    public IEnumerable<string> Values => _values.Values;

    /// <inheritdoc/>
    public int Count => _values.Count;

    /// <inheritdoc/>
    public bool ContainsKey(ConclusionKey key) => _values.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(ConclusionKey key, [MaybeNullWhen(false)] out string value) => _values.TryGetValue(key, out value);

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<ConclusionKey, string>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
