using AllianceRules.Conclusions;

namespace AllianceRules.Explanations;

/// <summary>A question about one conclusion: its key, and optionally the value asked about.</summary>
/// <param name="Key">The conclusion.</param>
/// <param name="Value">The value asked about, or null for "why this value?".</param>
public sealed record ConclusionQuery(ConclusionKey Key, string? Value)
{
    /// <summary>Reads <c>key</c> or <c>key=value</c>, such as <c>posture=Balance</c> or <c>commitments[United States]=credible</c>.</summary>
    /// <param name="text">The question.</param>
    /// <returns>The query.</returns>
    /// <exception cref="FormatException">The text names no conclusion, or asks a value its kind cannot take; the message lists the choices.</exception>
    public static ConclusionQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = text.Trim();
        if (ConclusionKey.TryParse(trimmed, out var whole, out _))
        {
            return new ConclusionQuery(whole, null);
        }

        // Values never hold '=', names may: the last one splits key from value.
        var split = trimmed.LastIndexOf('=');
        var key = ConclusionKey.Parse((split < 0 ? trimmed : trimmed[..split]).Trim());
        var value = split < 0 ? "" : trimmed[(split + 1)..].Trim();
        if (value.Length == 0)
        {
            return new ConclusionQuery(key, null);
        }

        var values = ConclusionKey.ValuesOf(key.Kind);
        return values.Contains(value, StringComparer.Ordinal)
            ? new ConclusionQuery(key, value)
            : throw new FormatException($"{Scenarios.Names.Quote(value)} is not a value of {key}: use {string.Join(", ", values)}");
    }
}
