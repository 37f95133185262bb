using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceRules.Serialization;

/// <summary>
/// Reads a whole number however JSON writes it: <c>2020</c>, <c>2020.0</c> or <c>2.02e3</c> are
/// one value, and the scenario schema's <c>integer</c> accepts each. The shape check has already
/// refused a number with a fraction or out of range, with its path; the runtime's own reader
/// would refuse the last two forms as if they were not whole.
/// </summary>
internal sealed class WholeNumberConverter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TryGetInt32(out var value))
        {
            return value;
        }

        return reader.TryGetDecimal(out var number) && WholeNumber.TryRead(number, out value)
            ? value
            : throw new JsonException("must be a whole number");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>Whether a JSON number is a whole number a scenario can hold (an <see cref="int"/>).</summary>
internal static class WholeNumber
{
    public static bool TryRead(decimal number, out int value)
    {
        var whole = number == decimal.Truncate(number) && number >= int.MinValue && number <= int.MaxValue;
        value = whole ? (int)number : 0;
        return whole;
    }

    public static bool Holds(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && (element.TryGetInt32(out _) || (element.TryGetDecimal(out var number) && TryRead(number, out _)));
}
