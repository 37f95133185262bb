namespace AllianceRules.Conclusions;

/// <summary>The values a kind of conclusion takes: the names of enum types and literal values, in order.</summary>
[AttributeUsage(AttributeTargets.Field)]
internal sealed class ConclusionValuesAttribute(params object[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } =
        [.. values.SelectMany(v => v is Type type ? Enum.GetNames(type) : [(string)v])];
}
