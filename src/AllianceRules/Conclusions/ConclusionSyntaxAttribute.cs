namespace AllianceRules.Conclusions;

/// <summary>
/// How a kind's key is written: a head, then its subject in brackets. A part is a name (a string:
/// its label, ending in <c>?</c> where it may be left out) or an enum type, whose values it takes.
/// A string part in the middle that is not a name label but a lower-case word opens a nested head,
/// as in <c>commitments[Power].gaps[Gap]</c>.
/// </summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ConclusionSyntaxAttribute(string head, params object[] parts) : Attribute
{
    public string Head { get; } = head;

    public IReadOnlyList<object> Parts { get; } = parts;
}
