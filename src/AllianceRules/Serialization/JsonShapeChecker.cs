using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using AllianceRules.Scenarios;

namespace AllianceRules.Serialization;

/// <summary>
/// Walks a parsed JSON document against the contract's type metadata and reports every
/// departure from it (unknown or missing properties, wrong types, unknown enum names, nulls)
/// with its JSON path, so that a user sees all problems at once rather than the first one the
/// deserializer trips on. The C# types are the only description of the shape.
/// </summary>
internal static class JsonShapeChecker
{
    public static void Check(JsonElement element, JsonTypeInfo typeInfo, string path, List<ScenarioError> errors)
    {
        var type = Nullable.GetUnderlyingType(typeInfo.Type) ?? typeInfo.Type;
        if (element.ValueKind == JsonValueKind.Null)
        {
            errors.Add(new ScenarioError(path, "must not be null (omit the property instead)"));
            return;
        }

        switch (typeInfo.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, typeInfo, path, errors);
                break;
            case JsonTypeInfoKind.Enumerable:
                CheckArray(element, typeInfo, path, errors);
                break;
            case JsonTypeInfoKind.Dictionary:
                CheckDictionary(element, typeInfo, path, errors);
                break;
            default:
                CheckValue(element, type, path, errors);
                break;
        }
    }

    private static void CheckObject(JsonElement element, JsonTypeInfo typeInfo, string path, List<ScenarioError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ScenarioError(path, $"must be an object, not {Describe(element.ValueKind)}"));
            return;
        }

        var properties = typeInfo.Properties
            .Where(p => p.Get is not null || p.Set is not null)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var present = new HashSet<string>(StringComparer.Ordinal);
        // One message for every unknown property of the object: a megabyte of them (a flood the
        // web service met) made a hundred thousand copies of the same sentence.
        string? unknown = null;
        foreach (var member in element.EnumerateObject())
        {
            if (NameOf(member) is not { } name)
            {
                errors.Add(new ScenarioError(path, "a property name " + UnpairedSurrogate));
                continue;
            }

            var memberPath = Append(path, name);
            if (!present.Add(name))
            {
                errors.Add(new ScenarioError(memberPath, "is given twice"));
                continue;
            }

            if (!properties.TryGetValue(name, out var property) || property.Set is null)
            {
                if (Retired(typeInfo.Type, name) is { } retired)
                {
                    errors.Add(new ScenarioError(memberPath, $"is no longer read: it {retired.Replacement}"));
                    continue;
                }

                unknown ??= $"unknown property (expected one of: {string.Join(", ", properties.Values.Where(p => p.Set is not null).Select(p => p.Name))})";
                errors.Add(new ScenarioError(memberPath, unknown));
                continue;
            }

            Check(member.Value, typeInfo.Options.GetTypeInfo(property.PropertyType), memberPath, errors);
        }

        foreach (var property in properties.Values.Where(p => p.IsRequired && !present.Contains(p.Name)))
        {
            errors.Add(new ScenarioError(Append(path, property.Name), "is required"));
        }
    }

    private static Facts.RetiredJsonPropertyAttribute? Retired(Type type, string name) =>
        type.GetCustomAttributes(typeof(Facts.RetiredJsonPropertyAttribute), inherit: false)
            .Cast<Facts.RetiredJsonPropertyAttribute>()
            .FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));

    private static void CheckArray(JsonElement element, JsonTypeInfo typeInfo, string path, List<ScenarioError> errors)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new ScenarioError(path, $"must be an array, not {Describe(element.ValueKind)}"));
            return;
        }

        var itemInfo = typeInfo.Options.GetTypeInfo(ElementTypeOf(typeInfo.Type));
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            Check(item, itemInfo, string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]"), errors);
            index++;
        }
    }

    /// <summary>What is wrong with text that escapes a lone surrogate, which the JSON parser lets through and reading then refuses.</summary>
    internal const string UnpairedSurrogate = "is not valid Unicode: it escapes an unpaired surrogate (such as \\ud800)";

    /// <summary>A property's name, or null where it escapes a lone surrogate (reading it throws).</summary>
    private static string? NameOf(JsonProperty member)
    {
        try
        {
            return member.Name;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    // A map from names the user chooses (conclusion keys, in scenario test files) to values.
    private static void CheckDictionary(JsonElement element, JsonTypeInfo typeInfo, string path, List<ScenarioError> errors)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new ScenarioError(path, $"must be an object, not {Describe(element.ValueKind)}"));
            return;
        }

        var valueInfo = typeInfo.Options.GetTypeInfo(ElementTypeOf(typeInfo.Type).GetGenericArguments()[1]);
        var present = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            if (NameOf(member) is not { } name)
            {
                errors.Add(new ScenarioError(path, "a property name " + UnpairedSurrogate));
                continue;
            }

            var memberPath = Append(path, name);
            if (!present.Add(name))
            {
                errors.Add(new ScenarioError(memberPath, "is given twice"));
                continue;
            }

            Check(member.Value, valueInfo, memberPath, errors);
        }
    }

    private static Type ElementTypeOf(Type enumerable) =>
        (enumerable.IsGenericType && enumerable.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? enumerable
            : enumerable.GetInterfaces().First(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
        .GetGenericArguments()[0];

    private static void CheckValue(JsonElement element, Type type, string path, List<ScenarioError> errors)
    {
        string? problem = type switch
        {
            _ when type.IsEnum => CheckEnum(element, type),
            _ when type == typeof(string) => element.ValueKind == JsonValueKind.String ? null : Expected("a string", element),
            _ when type == typeof(bool) => element.ValueKind is JsonValueKind.True or JsonValueKind.False ? null : Expected("true or false", element),
            _ when type == typeof(int) => WholeNumber.Holds(element) ? null : Expected("a whole number", element),
            _ when type == typeof(decimal) => element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var number)
                ? (ExactNumbers.Holds(element.GetRawText(), number) ? null : $"{Scenarios.Names.Clip(element.GetRawText())} has more digits than the scenario format holds exactly (a decimal of 28 significant digits); it would be read rounded")
                : Expected("a number", element),
            _ => $"has a type the scenario format does not support ({type.Name})",
        };

        if (problem is not null)
        {
            errors.Add(new ScenarioError(path, problem));
        }
    }

    private static string? CheckEnum(JsonElement element, Type enumType)
    {
        var names = Enum.GetNames(enumType);
        if (element.ValueKind != JsonValueKind.String)
        {
            return $"must be one of {string.Join(", ", names)} (a string), not {Describe(element.ValueKind)}";
        }

        string? value;
        try
        {
            value = element.GetString();
        }
        catch (InvalidOperationException)
        {
            return UnpairedSurrogate;
        }

        return names.Contains(value, StringComparer.Ordinal)
            ? null
            : $"{Scenarios.Names.Quote(value)} is not one of {string.Join(", ", names)}";
    }

    private static string Expected(string what, JsonElement element) =>
        element.ValueKind == JsonValueKind.Number
            ? $"must be {what}, not {Scenarios.Names.Clip(element.GetRawText())}"
            : $"must be {what}, not {Describe(element.ValueKind)}";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    /// <summary>The path of a member: <c>$.name</c>, or <c>$['a name']</c> where the name is not a plain identifier (quoted inert).</summary>
    /// <remarks>A name longer than a message quotes takes the bracket form, cut like any quoted value: a path must not carry a megabyte name into every error.</remarks>
    internal static string Append(string path, string name) =>
        IsPlainName(name) && name.Length <= Scenarios.Names.MaxQuoted
            ? $"{path}.{name}"
            : $"{path}[{Scenarios.Names.Quote(name.Replace("'", "\\'", StringComparison.Ordinal))}]";

    private static bool IsPlainName(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}
