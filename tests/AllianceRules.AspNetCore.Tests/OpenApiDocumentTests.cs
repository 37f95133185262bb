using System.Text.Json;
using System.Text.Json.Nodes;
using AllianceRules.AspNetCore.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>The OpenAPI document the sample serves: committed fresh to docs/, and true to the bodies the service writes.</summary>
public sealed class OpenApiDocumentTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Document_IsFreshInDocs()
    {
        var served = await _client.GetStringAsync("/openapi/v1.json");

        var json = JsonNode.Parse(served)!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
        RepositoryFiles.AssertFresh("docs/openapi.json", json);
    }

    [Fact]
    public async Task Document_EveryEndpointWithItsStatusCodesAndHeaders()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var operations = document["paths"]!.AsObject().SelectMany(p => p.Value!.AsObject().Select(o => (Path: p.Key, Method: o.Key, Operation: o.Value!))).ToArray();
        Assert.Equal(
            ["post /alliance/assess", "post /alliance/explain", "post /alliance/whatif", "get /alliance/scenarios", "get /alliance/scenarios/{id}", "get /alliance/scenarios/{id}/assessment", "get /alliance/claims", "get /alliance/rulebook", "get /alliance/backtest"],
            operations.Select(o => $"{o.Method} {o.Path}"));
        foreach (var (path, method, operation) in operations)
        {
            var responses = operation["responses"]!.AsObject();
            Assert.True(responses.ContainsKey("200"), $"{method} {path} documents no 200");
            foreach (var (status, response) in responses)
            {
                Assert.True(response!["headers"]?[AllianceRulesHeaders.DecisionId] is not null, $"{method} {path} {status} documents no decision ID header");
            }

            // Every request has a time limit (504); the costly ones, searches, also a place to wait for (429);
            // an answer to a posted scenario may be too large to send (422).
            string[] expected = (method, path) switch
            {
                ("post", "/alliance/assess") => ["200", "400", "413", "415", "422", "504"],
                ("post", _) => ["200", "400", "413", "415", "422", "429", "504"],
                (_, _) when path.EndsWith("{id}", StringComparison.Ordinal) || path.EndsWith("assessment", StringComparison.Ordinal) => ["200", "304", "404", "504"],
                _ => ["200", "304", "504"],
            };
            Assert.Equal(expected, responses.Select(r => r.Key).Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task ScenarioSchema_IsTheCommittedJsonSchema()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var served = document["components"]!["schemas"]!["AllianceRulesScenario"]!.AsObject();
        var committed = JsonNode.Parse(RepositoryFiles.Read("docs/scenario.schema.json"))!.AsObject();
        committed.Remove("$schema");

        // One generator (the library's ContractSchemas): the served schema is the committed file, descriptions and all.
        Assert.True(JsonNode.DeepEquals(committed, served), $"the served scenario schema differs from docs/scenario.schema.json:\n{served}");
    }

    [Theory]
    [InlineData("AllianceRulesAssessment", "docs/assessment.schema.json")]
    [InlineData("AllianceRulesExplanation", "docs/explanation.schema.json")]
    [InlineData("AllianceRulesWhatIf", "docs/what-if.schema.json")]
    public async Task LibraryDocumentSchema_IsTheCommittedJsonSchema_WithWhatTheServiceAdds(string schema, string file)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        var served = document["components"]!["schemas"]![schema]!.AsObject();
        var committed = JsonNode.Parse(RepositoryFiles.Read(file))!.AsObject();
        committed.Remove("$schema");
        AllianceRules.AspNetCore.OpenApi.ApiSchemas.Rebase(committed, "#/components/schemas/" + schema);
        foreach (var added in new[] { "decisionId", "rulebook" })
        {
            if (!committed["properties"]!.AsObject().ContainsKey(added))
            {
                served["properties"]!.AsObject().Remove(added);
                served["required"]!.AsArray().Remove(served["required"]!.AsArray().Single(r => (string?)r == added));
            }
        }

        Assert.True(JsonNode.DeepEquals(committed, served), $"the served {schema} differs from {file} beyond the service's decision ID and rulebook");
    }

    public static TheoryData<string, string, string?> Documents => new()
    {
        { "AllianceRulesAssessment", "/alliance/scenarios/1986-soviet-shift/assessment", null },
        { "AllianceRulesExplanation", "/alliance/explain", "commitments[Soviet Union]=credible" },
        { "AllianceRulesWhatIf", "/alliance/whatif", null },
    };

    /// <summary>The schemas of the library's documents, with what the service adds: hold them to real responses, both ways.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public async Task LibraryDocumentSchema_NamesEveryTopLevelPropertyOfARealResponse(string schema, string path, string? conclusion)
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;
        var scenario = Requests.Scenario("1986-soviet-shift");
        using var response = path.EndsWith("assessment", StringComparison.Ordinal)
            ? await _client.GetAsync(path)
            : await _client.PostAsync(path, conclusion is null ? Requests.Json(scenario) : Requests.Explain(scenario, conclusion));
        var body = await Requests.ReadObjectAsync(response);

        var described = document["components"]!["schemas"]![schema]!;
        var properties = described["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var undescribed = body.Select(p => p.Key).Where(p => !properties.Contains(p)).ToArray();
        var missing = described["required"]!.AsArray().Select(r => (string)r!).Where(r => !body.ContainsKey(r)).ToArray();
        Assert.True(undescribed.Length == 0, $"{schema} does not describe: {string.Join(", ", undescribed)}");
        Assert.True(missing.Length == 0, $"{schema} requires what the response lacks: {string.Join(", ", missing)}");
    }
}
