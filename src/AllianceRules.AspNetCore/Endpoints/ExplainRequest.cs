using System.Globalization;
using System.Text.Json;
using AllianceRules.Scenarios;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The body of <c>POST explain</c>: <c>{ "scenario": { … }, "conclusion": "posture=Balance" }</c>.
/// The envelope is checked here as strictly as the library checks a scenario; the scenario
/// itself is read by the library from its own bytes, and its errors are reported under <c>$.scenario</c>.
/// </summary>
internal sealed record ExplainRequest(ValidScenario Scenario, string Conclusion)
{
    /// <summary>Where the scenario sits in the request body: the root of its errors' paths.</summary>
    public const string ScenarioPath = "$.scenario";

    /// <summary>Where the question sits.</summary>
    public const string ConclusionPath = "$.conclusion";

    private static readonly JsonDocumentOptions Options = new()
    {
        // One level for the envelope on top of the scenario's own limit.
        MaxDepth = ScenarioJson.MaxDepth + 1,
        AllowDuplicateProperties = false,
    };

    /// <summary>Reads the request; every problem of the envelope, else of the scenario, with its path in the body.</summary>
    /// <exception cref="ScenarioValidationException">The request is invalid; paths are of the body.</exception>
    public static ExplainRequest Read(byte[] body)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {position + 1}")
                : "";
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Invalid("$", $"not valid JSON{where}: {(cut < 0 ? message : message[..cut]).Trim()}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Invalid("$", "must be an object { \"scenario\": { … }, \"conclusion\": \"…\" }");
            }

            var errors = new List<ScenarioError>();
            JsonElement? scenario = null;
            string? conclusion = null;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "scenario" when property.Value.ValueKind == JsonValueKind.Object:
                        scenario = property.Value;
                        break;
                    case "scenario":
                        errors.Add(new(ScenarioPath, $"must be a scenario object, not {Kind(property.Value)}"));
                        break;
                    case "conclusion" when property.Value.ValueKind == JsonValueKind.String:
                        conclusion = property.Value.GetString();
                        if (string.IsNullOrWhiteSpace(conclusion))
                        {
                            errors.Add(new(ConclusionPath, "must name a conclusion, such as posture or posture=Balance"));
                        }

                        break;
                    case "conclusion":
                        errors.Add(new(ConclusionPath, $"must be a string such as \"posture=Balance\", not {Kind(property.Value)}"));
                        break;
                    default:
                        errors.Add(new(ScenarioError.MemberPath("$", property.Name), "unknown property (expected one of: scenario, conclusion)"));
                        break;
                }
            }

            if (!root.TryGetProperty("scenario", out _))
            {
                errors.Add(new(ScenarioPath, "is required"));
            }

            if (!root.TryGetProperty("conclusion", out _))
            {
                errors.Add(new(ConclusionPath, "is required"));
            }

            if (errors.Count > 0)
            {
                throw new ScenarioValidationException(errors);
            }

            // The library reads the scenario from the very bytes sent, escapes and all.
            using var bytes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(scenario!.Value.GetRawText()));
            try
            {
                return new ExplainRequest(ScenarioJson.Read(bytes), conclusion!);
            }
            catch (ScenarioValidationException ex)
            {
                throw new ScenarioValidationException([.. ex.Errors.Select(e => e with { Path = Problems.Rebase(e.Path, ScenarioPath) })]);
            }
        }
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static ScenarioValidationException Invalid(string path, string message) => new([new ScenarioError(path, message)]);
}
