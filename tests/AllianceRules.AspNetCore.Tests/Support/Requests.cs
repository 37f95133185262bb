using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using AllianceRules.Scenarios;

namespace AllianceRules.AspNetCore.Tests.Support;

/// <summary>Request bodies and response reading for the endpoint tests.</summary>
internal static class Requests
{
    public static string Scenario(string id) => ScenarioJson.Serialize(HistoricalScenarios.Find(id)!);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Explain(string scenarioJson, string conclusion) =>
        Json(new JsonObject { ["scenario"] = JsonNode.Parse(scenarioJson), ["conclusion"] = conclusion }.ToJsonString());

    public static async Task<JsonObject> ReadObjectAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();

    public static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? string.Join(",", values) : "";

    public static MediaTypeHeaderValue? ContentType(HttpResponseMessage response) => response.Content.Headers.ContentType;
}
