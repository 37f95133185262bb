using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using AllianceRules.Counterfactuals;
using AllianceRules.Scenarios;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The body of a search: <c>POST explain</c>'s <c>{ "scenario": { … }, "conclusion": "posture=Balance" }</c>,
/// and <c>POST whatif</c>'s, which is a bare scenario or <c>{ "scenario": { … } }</c>. Either envelope may
/// add <c>"fix": ["relation.level", …]</c> and <c>"varyThirdPartyGeography": true</c> (what the search may
/// not change, as the CLI's <c>--fix</c> and <c>--vary-third-party-geography</c>).
/// The envelope is checked here as strictly as the library checks a scenario; the scenario
/// itself is read by the library from its own bytes, and its errors are reported under <c>$.scenario</c>;
/// a fixed path that names nothing in it is refused at <c>$.fix[N]</c>.
/// </summary>
/// <param name="Scenario">The scenario searched from.</param>
/// <param name="Conclusion">The conclusion asked about (explain); null for a what-if.</param>
/// <param name="Search">What the search may not change.</param>
internal sealed record SearchRequest(ValidScenario Scenario, string? Conclusion, CounterfactualOptions Search)
{
    /// <summary>Where the scenario sits in an envelope: the root of its errors' paths.</summary>
    public const string ScenarioPath = "$.scenario";

    /// <summary>Where the question sits.</summary>
    public const string ConclusionPath = "$.conclusion";

    /// <summary>Where the paths held fixed sit.</summary>
    public const string FixPath = "$.fix";

    // One level for the envelope on top of the scenario's own limit. A property given twice is
    // refused at its path below (the scenario reader does the same within the scenario).
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = ScenarioJson.MaxDepth + 1 };

    private const string ExplainProperties = "unknown property (expected one of: scenario, conclusion, fix, varyThirdPartyGeography)";
    private const string WhatIfProperties = "unknown property (expected one of: scenario, fix, varyThirdPartyGeography)";

    // The scenario reader's word for an escaped lone surrogate, which the JSON parser lets through
    // and which fails only when the text is read.
    private const string UnpairedSurrogate = "is not valid Unicode: it escapes an unpaired surrogate (such as \\ud800)";

    /// <summary>Reads the body of <c>POST explain</c>; every problem of the envelope, else of the scenario, with its path in the body.</summary>
    /// <exception cref="ScenarioValidationException">The request is invalid; paths are of the body.</exception>
    public static SearchRequest ReadExplain(byte[] body)
    {
        var utf8 = Utf8Of(body);
        return ReadEnvelope(Parse(utf8), question: true);
    }

    /// <summary>
    /// Reads the body of <c>POST whatif</c>: an envelope when its top level has a <c>scenario</c>
    /// property (which no scenario has), else a bare scenario, read as <c>POST assess</c> reads it.
    /// </summary>
    /// <exception cref="ScenarioValidationException">The request is invalid; paths are of the body.</exception>
    public static SearchRequest ReadWhatIf(byte[] body)
    {
        var utf8 = Utf8Of(body);
        if (IsEnvelope(utf8.Span))
        {
            return ReadEnvelope(Parse(utf8), question: false);
        }

        try
        {
            using var stream = new MemoryStream(body, writable: false);
            return new SearchRequest(ScenarioJson.Read(stream), null, CounterfactualOptions.Default);
        }
        catch (ScenarioValidationException ex) when (ex.Errors.Any(IsMisplacedOption))
        {
            // A scenario sent with "fix" beside its own properties: say where "fix" goes.
            throw new ScenarioValidationException([.. ex.Errors.Select(e => IsMisplacedOption(e)
                ? e with { Message = "is not a property of a scenario; to hold inputs fixed, send { \"scenario\": { … }, \"fix\": [ … ] }" }
                : e)]);
        }
    }

    private static bool IsMisplacedOption(ScenarioError error) =>
        error.Path is "$.fix" or "$.varyThirdPartyGeography" && error.Message.StartsWith("unknown property", StringComparison.Ordinal);

    /// <summary>
    /// The body without a byte-order mark, as the scenario reader takes it; a body that is not valid
    /// UTF-8 is refused with the scenario reader's word (the JSON parser does not check the bytes
    /// within strings, and reading them later would fail outside any path).
    /// </summary>
    private static ReadOnlyMemory<byte> Utf8Of(byte[] body)
    {
        var utf8 = body.AsMemory();
        if (utf8.Span.StartsWith(Encoding.UTF8.Preamble))
        {
            utf8 = utf8[Encoding.UTF8.Preamble.Length..];
        }

        if (!Utf8.IsValid(utf8.Span))
        {
            using var stream = new MemoryStream(body, writable: false);
            _ = ScenarioJson.Read(stream);
            throw new InvalidOperationException("The scenario reader took bytes that are not valid UTF-8.");
        }

        return utf8;
    }

    /// <summary>Whether the top level is an object with a <c>scenario</c> property; not JSON, or not an object, is no envelope.</summary>
    private static bool IsEnvelope(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = Options.MaxDepth });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("scenario"u8))
                {
                    return true;
                }

                reader.Skip();
            }

            return false;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException)
        {
            // Malformed, too deep, or a name that escapes a lone surrogate: the scenario reader says which.
            return false;
        }
    }

    private static JsonDocument Parse(ReadOnlyMemory<byte> utf8)
    {
        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {position + 1}")
                : "";
            // As the library's ScenarioJson.ParserWords trims the parser's message (internal to it).
            var message = ex.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            throw Invalid("$", $"not valid JSON{where}: {(cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim()}");
        }
    }

    /// <param name="document">The body, disposed here.</param>
    /// <param name="question">Whether the envelope must ask about a conclusion (explain) or may not (what-if).</param>
    private static SearchRequest ReadEnvelope(JsonDocument document, bool question)
    {
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
            var fix = new List<string>();
            var vary = false;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var property in root.EnumerateObject())
            {
                if (TextOf(() => property.Name) is not { } name)
                {
                    errors.Add(new("$", "a property name " + UnpairedSurrogate));
                    continue;
                }

                if (!seen.Add(name))
                {
                    errors.Add(new(ScenarioError.MemberPath("$", name), "is given twice"));
                    continue;
                }

                switch (name)
                {
                    case "scenario" when property.Value.ValueKind == JsonValueKind.Object:
                        scenario = property.Value;
                        break;
                    case "scenario":
                        errors.Add(new(ScenarioPath, $"must be a scenario object, not {Kind(property.Value)}"));
                        break;
                    case "conclusion" when question && property.Value.ValueKind == JsonValueKind.String:
                        conclusion = TextOf(property.Value.GetString);
                        if (conclusion is null)
                        {
                            errors.Add(new(ConclusionPath, UnpairedSurrogate));
                        }
                        else if (string.IsNullOrWhiteSpace(conclusion))
                        {
                            errors.Add(new(ConclusionPath, "must name a conclusion, such as posture or posture=Balance"));
                        }

                        break;
                    case "conclusion" when question:
                        errors.Add(new(ConclusionPath, $"must be a string such as \"posture=Balance\", not {Kind(property.Value)}"));
                        break;
                    case "conclusion":
                        errors.Add(new(ConclusionPath, "a what-if searches for every conclusion; to ask about one, POST it to explain"));
                        break;
                    case "fix" when property.Value.ValueKind == JsonValueKind.Array:
                        ReadFix(property.Value, fix, errors);
                        break;
                    case "fix":
                        errors.Add(new(FixPath, $"must be an array of paths such as [\"relation.level\"], not {Kind(property.Value)}"));
                        break;
                    case "varyThirdPartyGeography" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                        vary = property.Value.GetBoolean();
                        break;
                    case "varyThirdPartyGeography":
                        errors.Add(new("$.varyThirdPartyGeography", $"must be a boolean, not {Kind(property.Value)}"));
                        break;
                    default:
                        errors.Add(new(ScenarioError.MemberPath("$", name), question ? ExplainProperties : WhatIfProperties));
                        break;
                }
            }

            // From the names read above: looking a name up again unescapes every name, the bad ones too.
            if (!seen.Contains("scenario"))
            {
                errors.Add(new(ScenarioPath, "is required"));
            }

            if (question && !seen.Contains("conclusion"))
            {
                errors.Add(new(ConclusionPath, "is required"));
            }

            if (errors.Count > 0)
            {
                throw new ScenarioValidationException(errors);
            }

            // The library reads the scenario from the very bytes sent, escapes and all.
            using var bytes = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(scenario!.Value.GetRawText()));
            ValidScenario valid;
            try
            {
                valid = ScenarioJson.Read(bytes);
            }
            catch (ScenarioValidationException ex)
            {
                throw new ScenarioValidationException([.. ex.Errors.Select(e => e with { Path = Problems.Rebase(e.Path, ScenarioPath) })]);
            }

            // Each path is checked against the scenario it holds, so that none is ignored.
            for (var i = 0; i < fix.Count; i++)
            {
                try
                {
                    _ = new CounterfactualOptions { Fixed = [fix[i]] }.HeldIn(valid.Value);
                }
                catch (FormatException ex)
                {
                    errors.Add(new(Item(i), ex.Message));
                }
            }

            if (errors.Count > 0)
            {
                throw new ScenarioValidationException(errors);
            }

            return new SearchRequest(valid, conclusion, new CounterfactualOptions { Fixed = fix, VaryThirdPartyGeography = vary });
        }
    }

    private static void ReadFix(JsonElement array, List<string> fix, List<ScenarioError> errors)
    {
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            if (item.ValueKind == JsonValueKind.String && TextOf(item.GetString) is { } path)
            {
                fix.Add(path);
            }
            else if (item.ValueKind == JsonValueKind.String)
            {
                errors.Add(new(Item(i), UnpairedSurrogate));
            }
            else
            {
                errors.Add(new(Item(i), $"must be a path such as \"relation.level\", not {Kind(item)}"));
            }

            i++;
        }
    }

    /// <summary>A name or string of the document, or null where it escapes a lone surrogate (the parser lets that through; reading it fails).</summary>
    private static string? TextOf(Func<string?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException)
        {
            // The one read this wraps fails so only for text it cannot unescape.
            return null;
        }
    }

    private static string Item(int index) => string.Create(CultureInfo.InvariantCulture, $"{FixPath}[{index}]");

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
