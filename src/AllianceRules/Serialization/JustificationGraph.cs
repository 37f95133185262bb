using System.Runtime.CompilerServices;
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
    // The options with the graph's converters, made once per source options: a new options
    // instance has no metadata cache, and building the metadata of an assessment's types again
    // for every document cost four times the assessment itself. The converters are shared, so
    // the graph or resolver of the document being written or read is the thread's own.
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Writing = new();
    private static readonly ConditionalWeakTable<JsonSerializerOptions, JsonSerializerOptions> Reading = new();

    [ThreadStatic]
    private static JustificationGraph? t_writing;

    [ThreadStatic]
    private static FactResolver? t_reading;

    private readonly Dictionary<MatchedFact, string> _ids = new(ReferenceEqualityComparer.Instance);
    private readonly List<MatchedFact> _facts = [];

    /// <summary>Serializes <paramref name="value"/> with its justifications as references, then appends the <c>facts</c> table.</summary>
    public static string Serialize<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var options = Writing.GetValue(typeInfo.Options, static source => WithConverter(source, new JustificationConverter()));
        var graph = new JustificationGraph();
        var outer = t_writing;
        t_writing = graph;
        try
        {
            return graph.Write(value, options);
        }
        finally
        {
            t_writing = outer;
        }
    }

    private static JsonSerializerOptions WithConverter(JsonSerializerOptions source, JsonConverter<Justification> converter)
    {
        var options = new JsonSerializerOptions(source);
        options.Converters.Add(converter);
        options.MakeReadOnly();
        return options;
    }

    private string Write<T>(T value, JsonSerializerOptions options)
    {
        var document = JsonSerializer.SerializeToNode(value, (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))!.AsObject();
        var justifications = (JsonTypeInfo<IReadOnlyList<Justification>>)options.GetTypeInfo(typeof(IReadOnlyList<Justification>));
        var facts = new JsonArray();
        // Writing a derived fact's justification may reference facts not seen yet: they join the end of the table.
        for (var i = 0; i < _facts.Count; i++)
        {
            var fact = _facts[i];
            var entry = new JsonObject
            {
                ["id"] = _ids[fact],
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

    /// <summary>
    /// Reads what <see cref="Serialize{T}"/> wrote: the <c>facts</c> table is resolved back into
    /// shared <see cref="MatchedFact"/> instances, each justification's <c>matched</c> IDs into them.
    /// </summary>
    /// <exception cref="JsonException">The document is not one this format writes (an unknown or cyclic fact ID, a missing member).</exception>
    public static T Deserialize<T>(string json, JsonTypeInfo<T> typeInfo)
    {
        var document = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("An assessment document is a JSON object.");
        var table = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        if (document["facts"] is JsonArray facts)
        {
            foreach (var entry in facts)
            {
                var fact = entry as JsonObject ?? throw new JsonException("$.facts: every entry is an object.");
                var id = (string?)fact["id"] ?? throw new JsonException("$.facts: every entry has an 'id'.");
                if (!table.TryAdd(id, fact))
                {
                    throw new JsonException($"$.facts: the ID {Scenarios.Names.Quote(id)} is given twice.");
                }
            }

            document.Remove("facts");
        }

        var options = Reading.GetValue(typeInfo.Options, static source => WithConverter(source, new JustificationReader()));
        var resolver = new FactResolver(table)
        {
            Justifications = (JsonTypeInfo<IReadOnlyList<Justification>>)options.GetTypeInfo(typeof(IReadOnlyList<Justification>)),
        };
        var outer = t_reading;
        t_reading = resolver;
        try
        {
            return document.Deserialize((JsonTypeInfo<T>)options.GetTypeInfo(typeof(T)))
                ?? throw new JsonException("The document is null.");
        }
        finally
        {
            t_reading = outer;
        }
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
    private sealed class JustificationConverter : JsonConverter<Justification>
    {
        public override Justification Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("Justification graphs are written, not read back, by this converter.");

        public override void Write(Utf8JsonWriter writer, Justification value, JsonSerializerOptions options)
        {
            var graph = t_writing ?? throw new InvalidOperationException("A justification is written only inside JustificationGraph.Serialize.");
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
            if (value.Absent is { } absent)
            {
                WriteAbsent(writer, absent);
            }

            writer.WriteEndObject();
        }

        private static void WriteAbsent(Utf8JsonWriter writer, IReadOnlyList<AbsentCondition> absent)
        {
            writer.WriteStartArray("absent");
            foreach (var condition in absent)
            {
                writer.WriteStartObject();
                writer.WriteString("fact", condition.Fact);
                writer.WriteString("text", condition.Text);
                writer.WriteStartArray("checked");
                foreach (var rule in condition.Checked)
                {
                    writer.WriteStartObject();
                    writer.WriteString("rule", rule.Rule);
                    WriteList(writer, "decisions", rule.Decisions);
                    if (rule.Unmet is { } unmet)
                    {
                        writer.WriteString("unmet", unmet);
                    }

                    if (rule.Absent.Count > 0)
                    {
                        WriteAbsent(writer, rule.Absent);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
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

    /// <summary>Turns fact IDs into facts, each once, however many justifications match it.</summary>
    private sealed class FactResolver(Dictionary<string, JsonObject> table)
    {
        private readonly Dictionary<string, MatchedFact> _resolved = new(StringComparer.Ordinal);
        private readonly HashSet<string> _resolving = new(StringComparer.Ordinal);

        public JsonTypeInfo<IReadOnlyList<Justification>> Justifications { get; set; } = null!;

        public MatchedFact Resolve(string id)
        {
            if (_resolved.TryGetValue(id, out var known))
            {
                return known;
            }

            var entry = table.GetValueOrDefault(id) ?? throw new JsonException($"'matched' names the fact {Scenarios.Names.Quote(id)}, which the facts table does not hold.");
            if (!_resolving.Add(id))
            {
                throw new JsonException($"The fact {Scenarios.Names.Quote(id)} is justified by itself: a justification is never circular.");
            }

            var because = entry["because"] is JsonArray firings ? firings.Deserialize(Justifications) : null;
            var fact = new MatchedFact(
                (string?)entry["fact"] ?? throw new JsonException($"$.facts: {Scenarios.Names.Quote(id)} has no 'fact'."),
                (string?)entry["text"] ?? throw new JsonException($"$.facts: {Scenarios.Names.Quote(id)} has no 'text'."),
                because);
            _resolving.Remove(id);
            _resolved[id] = fact;
            return fact;
        }
    }

    /// <summary>Reads a rule firing whose matched facts are IDs into the facts table.</summary>
    private sealed class JustificationReader : JsonConverter<Justification>
    {
        public override Justification Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var resolver = t_reading ?? throw new InvalidOperationException("A justification is read only inside JustificationGraph.Deserialize.");
            var node = JsonNode.Parse(ref reader) as JsonObject ?? throw new JsonException("A justification is an object.");
            var rule = (string?)node["rule"] ?? throw new JsonException("A justification has a 'rule'.");
            var matched = (node["matched"] as JsonArray ?? throw new JsonException($"The justification by {Scenarios.Names.Quote(rule)} has no 'matched'."))
                .Select(id => resolver.Resolve((string?)id ?? throw new JsonException("'matched' holds fact IDs.")))
                .ToArray();
            return new Justification(rule, Strings(node["claims"]), Strings(node["decisions"]), matched)
            {
                Absent = node["absent"] is JsonArray absent ? Absent(absent) : null,
            };
        }

        private static AbsentCondition[] Absent(JsonArray absent) =>
        [
            .. absent.Select(item => item is JsonObject condition
                ? new AbsentCondition(
                    (string?)condition["fact"] ?? throw new JsonException("An absent condition has a 'fact'."),
                    (string?)condition["text"] ?? throw new JsonException("An absent condition has a 'text'."),
                    condition["checked"] is JsonArray rules ? [.. rules.Select(Checked)] : [])
                : throw new JsonException("An absent condition is an object.")),
        ];

        private static CheckedRule Checked(JsonNode? item) =>
            item is JsonObject rule
                ? new CheckedRule(
                    (string?)rule["rule"] ?? throw new JsonException("A checked rule has a 'rule'."),
                    Strings(rule["decisions"]),
                    (string?)rule["unmet"],
                    rule["absent"] is JsonArray absent ? Absent(absent) : [])
                : throw new JsonException("A checked rule is an object.");

        public override void Write(Utf8JsonWriter writer, Justification value, JsonSerializerOptions options) =>
            throw new NotSupportedException("This converter reads justification graphs; JustificationGraph.Serialize writes them.");

        private static string[] Strings(JsonNode? node) =>
            node is JsonArray array ? [.. array.Select(item => (string?)item ?? throw new JsonException("IDs are strings."))] : [];
    }
}
