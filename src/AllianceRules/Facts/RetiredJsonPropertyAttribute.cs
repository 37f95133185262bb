namespace AllianceRules.Facts;

/// <summary>
/// A JSON property an earlier version of the format had and this one refuses, with what replaced
/// it: the reader names the replacement instead of only calling the property unknown.
/// </summary>
/// <param name="name">The retired property's JSON name.</param>
/// <param name="replacement">What replaced it, as the error's text says it.</param>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
internal sealed class RetiredJsonPropertyAttribute(string name, string replacement) : Attribute
{
    public string Name { get; } = name;

    public string Replacement { get; } = replacement;
}
