using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using AllianceRules.Conclusions;

namespace AllianceRules.Serialization;

/// <summary>
/// Writes justifications as a graph: every fact a rule matched is written once, in a <c>facts</c>
/// table, and referenced by its ID wherever it is used. Conclusions share derived facts (every
/// conclusion about a power rests on the posture, which rests on every patron), so a tree
/// written out in full grows with the square of the input; the graph grows with the input.
/// </summary>
internal sealed class JustificationGraph
{
    private readonly Dictionary<MatchedFact, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<MatchedFact> _facts = [];

    /// <summary>Serializes <paramref name="value"/> with its justifications as references, then appends the <c>facts</c> table.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var graph = new JustificationGraph();
        var options = new JsonSerializerOptions(typeInfo.Options);
        options.Converters.Add(new JustificationConverter(graph));
        var document = JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!.AsObject();
        var justifications = (JsonTypeInfo<IReadOnlyList<Justification>>)options.GetTypeInfo(typeof(IReadOnlyList<Justification>));
        var facts = new JsonArray();
        // Writing a derived fact's justification may reference facts not seen yet: they join the end of the table.
        for (var i = 0; i < graph._facts.Count; i++)
        {
            var fact = graph._facts[i];
            var entry = new JsonObject
            {
                ["id"] = graph._ids[fact],
                ["fact"] = fact.Fact,
                ["text"] = fact.Text,
            };
            if (fact.Because is { } because)
            {
                entry["because"] = JsonSerializer.SerializeToNode(because, justifications);
            }

            facts.Add(entry);
        }

        document["facts"] = facts;
        return document.ToJsonString(options);
    }

    private string IdOf(MatchedFact fact)
    {
        if (!_ids.TryGetValue(fact, out var id))
        {
            id = "f" + (_facts.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids[fact] = id;
            _facts.Add(fact);
        }

        return id;
    }

    /// <summary>Writes a rule firing with the IDs of the facts it matched instead of the facts themselves.</summary>
    private sealed class JustificationConverter(JustificationGraph graph) : JsonConverter<Justification>
    {
        public override Justification Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Justification graphs are written, not read back, by this converter.");

        public override void Write(Utf8JsonWriter writer, Justification value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            writer.WriteString("rule", value.Rule);
            WriteList(writer, "claims", value.Claims);
            WriteList(writer, "decisions", value.Decisions);
            writer.WriteStartArray("matched");
            foreach (var fact in value.Matched)
            {
                writer.WriteStringValue(graph.IdOf(fact));
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<string> values)
        {
            writer.WriteStartArray(name);
            foreach (var value in values)
            {
                writer.WriteStringValue(value);
            }

            writer.WriteEndArray();
        }
    }
}
