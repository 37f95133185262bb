using AllianceRules.Conclusions;

namespace AllianceRules.Theory;

/// <summary>A conclusion that differs between two rulebooks, with what drew it on each side.</summary>
/// <param name="Scenario">The built-in scenario's ID; for a decision-table row, the row's <see cref="DecisionRow.InputKey"/>.</param>
/// <param name="Conclusion">The conclusion's key (see <see cref="Conclusions.ConclusionMap"/>).</param>
/// <param name="Before">Its value under the first rulebook (<c>(none)</c> if not drawn, <c>(rulebook error)</c> if the rule set failed).</param>
/// <param name="After">Its value under the second.</param>
public sealed record ConclusionChange(string Scenario, ConclusionKey Conclusion, string Before, string After)
{
    /// <summary>The conclusion under the first rulebook with the rules and claims that drew it; null when it was not drawn.</summary>
    public TheoryConclusion? BeforeConclusion { get; init; }

    /// <summary>The conclusion under the second rulebook with the rules and claims that drew it; null when it was not drawn.</summary>
    public TheoryConclusion? AfterConclusion { get; init; }

    /// <summary>Why the first rule set drew no assessment, when it failed; null otherwise.</summary>
    public string? BeforeError { get; init; }

    /// <summary>Why the second rule set drew no assessment, when it failed; null otherwise.</summary>
    public string? AfterError { get; init; }

    /// <summary>The class of conclusion a key belongs to: the key with the power it names replaced by <c>*</c>, so that the same change groups across powers (<c>responses[*,BaseAccess]</c>).</summary>
    /// <param name="key">The conclusion's key.</param>
    /// <returns>The class, as the theory diff and the weighing name it.</returns>
    public static string ClassOf(ConclusionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var power = key.Power;
        return power is null ? key.ToString() : ConclusionKey.Of(key.Kind, [.. key.Subject.Select(part => part == power ? "*" : part)]).ToString();
    }
}
