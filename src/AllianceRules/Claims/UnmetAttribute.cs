namespace AllianceRules.Claims;

/// <summary>
/// Says in words what holds when a rule that draws a derived fact did not draw it for a subject
/// whose derived facts it needs were all drawn: its conditions on the input, failed. A report
/// that shows an absent fact lists the rules that could have drawn it, and uses this text for
/// each whose own input conditions stood in the way.
/// </summary>
/// <remarks>
/// Placeholders as for <see cref="AbsenceAttribute"/>: <c>{power}</c>, <c>{offer}</c>,
/// <c>{neighbour}</c>, <c>{hedger}</c>. Write what is true of the input when the rule does not
/// fire for the subject, for example "no land border joins {power} and {neighbour}".
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class UnmetAttribute : Attribute
{
    /// <summary>Describes what holds of the input when the rule does not fire for a subject.</summary>
    /// <param name="text">What holds instead of the rule's input conditions, in words, with placeholders.</param>
    public UnmetAttribute(string text) => Text = text;

    /// <summary>What holds instead of the rule's input conditions, in words, with placeholders.</summary>
    public string Text { get; }

    /// <summary>The words to use instead when the subject is one offer rather than a power (<c>{offer}</c> is filled); empty to use <see cref="Text"/>.</summary>
    public string ForOffer { get; init; } = "";
}
