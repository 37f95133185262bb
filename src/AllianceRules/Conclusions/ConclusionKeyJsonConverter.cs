using System.Text.Json;
using System.Text.Json.Serialization;

namespace AllianceRules.Conclusions;

/// <summary>Writes a key as its text, and reads it back with <see cref="ConclusionKey.Parse"/>.</summary>
internal sealed class ConclusionKeyJsonConverter : JsonConverter<ConclusionKey>
{
    public override ConclusionKey Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        try
        {
            return ConclusionKey.Parse(reader.GetString() ?? "");
        }
        catch (FormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, ConclusionKey value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
