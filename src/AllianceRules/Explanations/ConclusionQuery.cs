namespace AllianceRules.Explanations;

/// <summary>
/// A question about one conclusion: its key (as in <see cref="Counterfactuals.ConclusionMap"/>),
/// optionally with the value asked about, written <c>key=value</c>, for example
/// <c>posture=Balance</c>, <c>commitments[United States]=credible</c>,
/// <c>responses[United States,PartnershipUpgrade]=Accept</c> or <c>risks[AloneAtSea]</c>.
/// </summary>
/// <param name="Key">The conclusion's key.</param>
/// <param name="Value">The value asked about; <see langword="null"/> asks about the value drawn (or, for a conclusion not drawn, why it is absent).</param>
public sealed record ConclusionQuery(string Key, string? Value)
{
    /// <summary>Reads <c>key</c> or <c>key=value</c>.</summary>
    /// <param name="text">The question.</param>
    /// <returns>The query.</returns>
    /// <exception cref="FormatException">The key is empty or not one of the conclusion kinds.</exception>
    public static ConclusionQuery Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var split = text.IndexOf('=', StringComparison.Ordinal);
        var key = (split < 0 ? text : text[..split]).Trim();
        var value = split < 0 ? null : text[(split + 1)..].Trim();
        string[] kinds = ["posture", "responses[", "needs[", "commitments[", "risks[", "outlook[", "advice["];
        if (key.Length == 0 || !kinds.Any(k => key == k || (k.EndsWith('[') && key.StartsWith(k, StringComparison.Ordinal) && key.EndsWith(']'))))
        {
            throw new FormatException(
                $"'{text}' is not a conclusion: use posture, responses[From,Kind], needs[From,Need], commitments[Power], commitments[Power].gaps[Gap], risks[Risk] or risks[Risk,Power], outlook[Power] or advice[To,Advice], optionally =value");
        }

        return new ConclusionQuery(key, string.IsNullOrEmpty(value) ? null : value);
    }
}
