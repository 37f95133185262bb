using AllianceRules.Conclusions;
namespace AllianceRules.Explanations;

/// <summary>
/// Why a conclusion was drawn, or why not: what the rules concluded and the justification; for a
/// value that was not drawn, what stands in the way and the smallest changes to the input that
/// would draw it.
/// </summary>
/// <param name="Conclusion">The conclusion's key, such as <c>posture</c> or <c>commitments[United States]</c>.</param>
/// <param name="Asked">The value asked about.</param>
/// <param name="Actual">The value the rules drew (<c>(none)</c> if none).</param>
/// <param name="Because">The justification of the actual value.</param>
/// <param name="Obstacles">What stands in the way of the asked value, where the rules name it (the gaps of a commitment).</param>
/// <param name="Remedies">The smallest sets of input changes that would draw the asked value; empty when it is drawn.</param>
public sealed record Explanation(
    ConclusionKey Conclusion,
    string Asked,
    string Actual,
    IReadOnlyList<Justification> Because,
    IReadOnlyList<Obstacle> Obstacles,
    IReadOnlyList<Remedy> Remedies)
{
    /// <summary>How many scenarios around the given one the why-not search assessed; 0 for a drawn value.</summary>
    public int Assessed { get; init; }

    /// <summary>Whether the why-not search stopped at its budget, so that some remedies of two changes may be missing.</summary>
    public bool StoppedAtBudget { get; init; }

    /// <summary>
    /// For a value no change of one or two inputs draws: each rule that could draw it and what it
    /// lacked (the derived facts missing for the subject, or its failed condition on the input),
    /// ordered by rule; empty otherwise.
    /// </summary>
    public IReadOnlyList<CheckedRule> Unreached { get; init; } = [];

    /// <summary>
    /// The inputs the why-not search held fixed, so proposed no change of (the roles, geography
    /// between third parties, what the caller named); empty for a drawn value, which runs no search.
    /// </summary>
    public IReadOnlyList<Counterfactuals.FixedInput> Fixed { get; init; } = [];

    /// <summary>Whether the asked value is the one drawn: a "why", not a "why not".</summary>
    public bool IsDrawn => Asked == Actual;
}
