using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;

namespace AllianceRules.Facts;

/// <summary>
/// The words for a value of the vocabulary, kept beside the value (its <see cref="DescriptionAttribute"/>):
/// text and Markdown reports say "no protection on land" where the key syntax and JSON keep
/// <c>NoLandProtection</c>. A value without words is written by its name.
/// </summary>
public static class Phrases
{
    private static readonly ConcurrentDictionary<Enum, string> Cache = new();

    /// <summary>The words for <paramref name="value"/>, such as <c>punishment on land by the neighbour</c> for <see cref="Risk.LandPunishment"/>.</summary>
    /// <typeparam name="TEnum">The vocabulary's enum type.</typeparam>
    /// <param name="value">The value.</param>
    /// <returns>The phrase, or the value's name if it has none.</returns>
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum => Of((Enum)value);

    /// <summary>The words for a value of any vocabulary enum, such as one read by reflection.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The phrase, or the value's name if it has none.</returns>
    public static string Of(Enum value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Cache.GetOrAdd(value, static v =>
            v.GetType().GetField(v.ToString(), BindingFlags.Public | BindingFlags.Static)?.GetCustomAttribute<DescriptionAttribute>()?.Description ?? v.ToString());
    }
}
