using System.Text.Json.Serialization;

namespace AllianceRules.Testing;

/// <summary>
/// A scenario test file (<c>*.test.json</c>) as written: cases, each a scenario and the
/// conclusions expected of it (<c>docs/testing-the-theory.md</c>). <see cref="ScenarioTestJson"/>
/// reads and checks it; this type is the shape of the JSON, and the JSON Schema
/// <c>docs/scenario-test.schema.json</c> is generated from it.
/// </summary>
public sealed record ScenarioTestFile
{
    /// <summary>The JSON Schema the file follows, for editors that read it; the reader ignores its value.</summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>What the file tests, for readers.</summary>
    public string? Description { get; init; }

    /// <summary>The cases, run in this order; at least one.</summary>
    public required IReadOnlyList<ScenarioTestCase> Cases { get; init; }
}
