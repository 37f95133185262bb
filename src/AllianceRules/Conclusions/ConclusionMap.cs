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
        foreach (var group in assessment.Findings.GroupBy(f => f.Key))
        {
            values[group.Key] = string.Join("/", group.Select(f => f.Value).Distinct().Order(StringComparer.Ordinal));
        }

        return new ConclusionMap(values);
    }

    /// <summary>The map of conclusions read back from a theory export.</summary>
    internal static ConclusionMap Of(IEnumerable<Theory.TheoryConclusion> conclusions) =>
        new(new SortedDictionary<ConclusionKey, string>(conclusions.ToDictionary(c => c.Key, c => c.Value)));

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
