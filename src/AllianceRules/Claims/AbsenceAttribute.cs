namespace AllianceRules.Claims;

/// <summary>
/// Says in words what one <c>Not</c> condition of a rule requires absent, so that a justification
/// can show what was missing (rulebook v3, "Every conclusion"): NRules keeps no trace of an
/// absence in the match, and a verdict drawn from one is exactly where a reader checks.
/// </summary>
/// <remarks>
/// The text names the thing that is absent, not its absence ("a security guarantee from
/// {power}"); reports write "absent: …" before it. Placeholders are filled from the fact the
/// rule drew: <c>{power}</c> with its power's name, <c>{offer}</c> with its offer in words, and
/// <c>{neighbour}</c> and <c>{hedger}</c> with the scenario's roles. A text that names
/// <c>{power}</c> or <c>{offer}</c> is about that subject, and lets a report say why no rule drew
/// the absent fact for it. A rule without the attribute gets a generic line naming the fact type.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class AbsenceAttribute : Attribute
{
    /// <summary>Describes the <paramref name="position"/>-th <c>Not</c> condition of the rule (1 for the first, in the order they are written).</summary>
    /// <param name="position">Which <c>Not</c> condition, counting from 1 in the order of the rule's conditions.</param>
    /// <param name="text">What the condition requires absent, in words, with placeholders.</param>
    public AbsenceAttribute(int position, string text)
    {
        Position = position;
        Text = text;
    }

    /// <summary>Which <c>Not</c> condition this describes, counting from 1.</summary>
    public int Position { get; }

    /// <summary>What the condition requires absent, in words, with placeholders.</summary>
    public string Text { get; }

    /// <summary>
    /// The rules that could have drawn the absent fact, by name, when only some of those that
    /// yield its type could (a <c>Not</c> on sea protection cannot be met by the rule that draws
    /// land protection); empty for every rule that yields the type.
    /// </summary>
    public string[] DrawnBy { get; init; } = [];
}
