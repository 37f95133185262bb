using System.Buffers;
using System.Text;
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

        var raw = reader.HasValueSequence ? Encoding.UTF8.GetString(reader.ValueSequence) : Encoding.UTF8.GetString(reader.ValueSpan);
        return reader.TryGetDecimal(out var number) && WholeNumber.TryRead(raw, number, out value)
            ? value
            : throw new JsonException("must be a whole number");
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}

/// <summary>
/// Whether a JSON number is a whole number a scenario can hold (an <see cref="int"/>), read
/// exactly: a number with more digits than a decimal holds (<c>2014.00000000000000000000000001</c>)
/// reads rounded to a whole one, and is not whole.
/// </summary>
internal static class WholeNumber
{
    public static bool TryRead(string raw, decimal number, out int value)
    {
        var whole = number == decimal.Truncate(number) && number >= int.MinValue && number <= int.MaxValue && ExactNumbers.Holds(raw, number);
        value = whole ? (int)number : 0;
        return whole;
    }

    public static bool Holds(JsonElement element) =>
        element.ValueKind == JsonValueKind.Number && (element.TryGetInt32(out _) || (element.TryGetDecimal(out var number) && TryRead(element.GetRawText(), number, out _)));
}
