using Microsoft.AspNetCore.Http;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>The identity of one response: its decision ID and the rulebook version, kept on the request.</summary>
internal sealed class Decision
{
    private static readonly object Key = new();

    private Decision(string id) => Id = id;

    /// <summary>Unique per response; version 7, so IDs sort by time in a log.</summary>
    public string Id { get; }

    /// <summary>The rulebook version the service answers with.</summary>
    public static string Rulebook => RulebookVersion.Current;

    /// <summary>Starts the decision of a request: a new ID, and both headers set before anything is written.</summary>
    public static Decision Start(HttpContext http)
    {
        var decision = new Decision(Guid.CreateVersion7().ToString("D"));
        http.Items[Key] = decision;
        var headers = http.Response.Headers;
        headers[AllianceRulesHeaders.Rulebook] = Rulebook;
        headers[AllianceRulesHeaders.DecisionId] = decision.Id;
        // The bodies are JSON with names taken from the request: never let a browser sniff them as HTML.
        headers.XContentTypeOptions = "nosniff";
        return decision;
    }

    /// <summary>The decision of the current request (started by the endpoint filter).</summary>
    public static Decision Of(HttpContext http) =>
        http.Items.TryGetValue(Key, out var value) && value is Decision decision ? decision : Start(http);
}
