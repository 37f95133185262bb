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

    private readonly ConclusionKey[] _keys;
    private readonly string[] _values;

    /// <summary>A map over keys and their values; sorts them by key and refuses a key given twice.</summary>
    private ConclusionMap(ConclusionKey[] keys, string[] values)
    {
        Array.Sort(keys, values);
        for (var i = 1; i < keys.Length; i++)
        {
            if (keys[i] == keys[i - 1])
            {
                throw new ArgumentException($"The conclusion {keys[i]} is given twice.", nameof(keys));
            }
        }

        _keys = keys;
        _values = values;
    }

    /// <summary>The conclusions of an assessment.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>Its conclusions by key; where several findings share a key (an amendment's rule drawing a key the article's rules draw too), their distinct values joined by <c>/</c>.</returns>
    public static ConclusionMap Of(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        var groups = Group(assessment.Findings);
        var keys = new ConclusionKey[groups.Count];
        var values = new string[groups.Count];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = groups[i].Key;
            values[i] = ValueOf(groups[i].Findings);
        }

        return new ConclusionMap(keys, values);
    }

    /// <summary>The map of conclusions given as key and value (read back from a theory export, say).</summary>
    internal static ConclusionMap Of(IEnumerable<(ConclusionKey Key, string Value)> conclusions)
    {
        var keys = new List<ConclusionKey>();
        var values = new List<string>();
        foreach (var (key, value) in conclusions)
        {
            keys.Add(key);
            values.Add(value);
        }

        return new ConclusionMap([.. keys], [.. values]);
    }

    /// <summary>Findings grouped by key (each key computed once), the groups in order of their first finding.</summary>
    internal static List<(ConclusionKey Key, List<IFinding> Findings)> Group(IReadOnlyList<IFinding> findings)
    {
        var groups = new List<(ConclusionKey Key, List<IFinding> Findings)>(findings.Count);
        if (findings.Count == 1)
        {
            // A kind with one finding, row after row in a sweep: no index to build.
            groups.Add((findings[0].Key, [findings[0]]));
            return groups;
        }

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

    /// <summary>
    /// The conclusions whose value differs in <paramref name="other"/>: the value
    /// there, or <see cref="Absent"/> where <paramref name="other"/> does not draw it. A key this
    /// map holds is handed back as this map holds it, so that many maps compared with one keep
    /// one copy of each key; one only <paramref name="other"/> holds goes through
    /// <paramref name="keyOfOther"/>. Only the differences <paramref name="keep"/> accepts are
    /// kept, all when it is null. The two sorted maps are walked side by side.
    /// </summary>
    internal Dictionary<ConclusionKey, string> DifferencesIn(ConclusionMap other, Func<ConclusionKey, ConclusionKey> keyOfOther, Func<ConclusionKey, string, bool>? keep = null)
    {
        var changed = new Dictionary<ConclusionKey, string>();
        int i = 0, j = 0;
        while (i < _keys.Length || j < other._keys.Length)
        {
            var order = i == _keys.Length ? 1 : j == other._keys.Length ? -1 : _keys[i].CompareTo(other._keys[j]);
            if (order < 0)
            {
                if (keep is null || keep(_keys[i], Absent))
                {
                    changed.Add(_keys[i], Absent);
                }

                i++;
            }
            else if (order > 0)
            {
                if (keep is null || keep(other._keys[j], other._values[j]))
                {
                    changed.Add(keyOfOther(other._keys[j]), other._values[j]);
                }

                j++;
            }
            else
            {
                if (!string.Equals(_values[i], other._values[j], StringComparison.Ordinal) && (keep is null || keep(_keys[i], other._values[j])))
                {
                    changed.Add(_keys[i], other._values[j]);
                }

                i++;
                j++;
            }
        }

        return changed;
    }

    /// <summary>Whether both maps hold the same conclusions with the same values (keys and values compared in place, nothing enumerated).</summary>
    internal bool SameAs(ConclusionMap other) =>
        _keys.AsSpan().SequenceEqual(other._keys) && _values.AsSpan().SequenceEqual(other._values);

    /// <summary>Whether both maps hold the same verdicts (the conclusions whose kind is a verdict) with the same values.</summary>
    internal bool SameVerdictsAs(ConclusionMap other)
    {
        int i = 0, j = 0;
        while (true)
        {
            while (i < _keys.Length && !ConclusionDescriptor.Of(_keys[i].Kind).Verdict)
            {
                i++;
            }

            while (j < other._keys.Length && !ConclusionDescriptor.Of(other._keys[j].Kind).Verdict)
            {
                j++;
            }

            if (i == _keys.Length || j == other._keys.Length)
            {
                return i == _keys.Length && j == other._keys.Length;
            }

            if (_keys[i] != other._keys[j] || !string.Equals(_values[i], other._values[j], StringComparison.Ordinal))
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>The value of a conclusion, or <see cref="Absent"/> when the rules did not draw it.</summary>
    /// <param name="key">The conclusion.</param>
    /// <returns>Its value.</returns>
    public string ValueOf(ConclusionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return TryGetValue(key, out var value) ? value : Absent;
    }

    /// <inheritdoc/>
    public string this[ConclusionKey key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The map holds no conclusion {key}.");

    /// <inheritdoc/>
    public IEnumerable<ConclusionKey> Keys => Array.AsReadOnly(_keys);

    /// <inheritdoc/>
    public IEnumerable<string> Values => Array.AsReadOnly(_values);

    /// <inheritdoc/>
    public int Count => _keys.Length;

    /// <inheritdoc/>
    public bool ContainsKey(ConclusionKey key) => TryGetValue(key, out _);

    /// <inheritdoc/>
    public bool TryGetValue(ConclusionKey key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var at = Array.BinarySearch(_keys, key);
        value = at >= 0 ? _values[at] : null;
        return at >= 0;
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<ConclusionKey, string>> GetEnumerator()
    {
        for (var i = 0; i < _keys.Length; i++)
        {
            yield return new KeyValuePair<ConclusionKey, string>(_keys[i], _values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
