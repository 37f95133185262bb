using System.Text.Json.Nodes;

namespace AllianceRules.Tests.Support;

/// <summary>The schema check must be able to fail, or every "follows the schema" test passes vacuously.</summary>
public class SchemaCheckTests
{
    private static readonly JsonNode Schema = JsonNode.Parse("""
        {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "properties": { "id": { "type": "string", "pattern": "^C[0-9]{2}$" }, "kind": { "enum": ["Rule", "Evidence"] } },
          "required": ["id"],
          "additionalProperties": false
        }
        """)!;

    [Fact]
    public void ConformingDocument_HasNoProblems()
    {
        Assert.Empty(SchemaCheck.Problems(Schema, JsonNode.Parse("""{ "id": "C01", "kind": "Rule" }""")));
    }

    [Theory]
    [InlineData("""{ "kind": "Rule" }""", "/: ", "(required)")]
    [InlineData("""{ "id": "C1" }""", "/id: ", "(pattern)")]
    [InlineData("""{ "id": "C01", "kind": "Background" }""", "/kind: ", "(enum)")]
    [InlineData("""{ "id": "C01", "extra": 1 }""", "/extra: ", "")]
    [InlineData("""[]""", "/: ", "(type)")]
    public void BrokenDocument_IsReported_WhereItBreaks(string json, string where, string keyword)
    {
        var problems = SchemaCheck.Problems(Schema, JsonNode.Parse(json));

        Assert.Contains(problems, p => p.StartsWith(where, StringComparison.Ordinal) && p.EndsWith(keyword, StringComparison.Ordinal));
    }
}
