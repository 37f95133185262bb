namespace AllianceRules.Rules;

/// <summary>
/// Marks a rule that belongs to the alternative reading of an interpretive decision, not to the
/// article's rulebook: it is compiled only when that reading's amendment adds it
/// (<c>Weighing.AlternativeReading</c>), never when the rulebook loads its own rules.
/// </summary>
/// <param name="decision">The decision whose reading the rule replaces, such as <c>D13</c>.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class AlternativeToAttribute(string decision) : Attribute
{
    /// <summary>The decision whose reading the rule replaces.</summary>
    public string Decision { get; } = decision;

    /// <summary>Whether a rule type belongs to the article's rulebook, rather than to an alternative reading that only an amendment adds.</summary>
    public static bool IsArticleRule(Type ruleType) => !ruleType.IsDefined(typeof(AlternativeToAttribute), inherit: false);
}
