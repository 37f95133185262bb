using System.Globalization;
using System.Reflection;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using Microsoft.Extensions.Configuration;

namespace AllianceRules;

/// <summary>
/// The keys the <c>AllianceRules</c> configuration section may hold, read off
/// <see cref="AllianceRulesOptions"/> so that a new option is configurable without a list to
/// update; and the problems of a section that holds others, one line each, naming the key, the
/// closest option and every option there is.
/// </summary>
internal static class ConfigurationKeys
{
    /// <summary>Options that code sets but configuration cannot: a rule type is not a string.</summary>
    private static readonly string[] CodeOnly = [nameof(AllianceRulesOptions.AdditionalRuleTypes)];

    /// <summary>Every key, as <c>Name</c> or <c>Parent:Name</c> for an option with settings of its own.</summary>
    public static IReadOnlyList<string> Known { get; } = KnownKeys();

    public static List<string> Problems(IConfigurationSection section)
    {
        var problems = new List<string>();
        if (section.Value is not null)
        {
            // "AllianceRules": "…" is a value where a section belongs: binding it would set nothing.
            problems.Add($"configuration key {section.Path} must be a section of options (such as {section.Path}:MaxSearchAssessments), not a value");
        }

        foreach (var child in section.GetChildren().OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (CodeOnly.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add($"configuration key {child.Path} cannot be set from configuration: add rule types in code (options.AdditionalRuleTypes.Add(typeof(MyRule)))");
            }
            else if (Nested(child.Key) is { } nested)
            {
                problems.AddRange(child.GetChildren()
                    .Where(grandchild => !nested.Contains(grandchild.Key, StringComparer.OrdinalIgnoreCase))
                    .OrderBy(grandchild => grandchild.Key, StringComparer.Ordinal)
                    .Select(grandchild => Unknown(grandchild.Path, grandchild.Key, nested.Select(n => child.Key + ":" + n), n => n[(child.Key.Length + 1)..])));
            }
            else if (!Known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                problems.Add(Unknown(child.Path, child.Key, Known, n => n));
            }
        }

        return problems;
    }

    private static string Unknown(string path, string key, IEnumerable<string> candidates, Func<string, string> comparedPart)
    {
        var closest = Names.Closest(key, candidates.Select(comparedPart));
        var hint = closest is null ? "" : $" (did you mean {closest}?)";
        return string.Create(CultureInfo.InvariantCulture, $"configuration key {path} is not an option of AllianceRules{hint}; the options are {string.Join(", ", Known)}");
    }

    private static string[]? Nested(string key) =>
        string.Equals(key, nameof(AllianceRulesOptions.AidBenchmark), StringComparison.OrdinalIgnoreCase) ? Settable(typeof(AidBenchmark)) : null;

    private static List<string> KnownKeys()
    {
        var keys = new List<string>();
        foreach (var name in Settable(typeof(AllianceRulesOptions)).Except(CodeOnly, StringComparer.Ordinal))
        {
            keys.AddRange(Nested(name) is { } nested ? nested.Select(n => name + ":" + n) : [name]);
        }

        return [.. keys.Order(StringComparer.Ordinal)];
    }

    /// <summary>The public instance properties configuration can reach: settable ones, and get-only collections it fills.</summary>
    private static string[] Settable(Type type) =>
    [
        .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } || p.PropertyType.IsGenericType)
            .Select(p => p.Name)
            .Order(StringComparer.Ordinal),
    ];
}
