using System.Globalization;
using System.Text;
using System.Text.Json;
using AllianceRules.Serialization;

namespace AllianceRules.Scenarios;

/// <summary>
/// Reads and writes the scenario JSON format (<c>docs/scenario-format.md</c>). Reading is
/// strict: unknown properties, wrong types, unknown enum names and nulls are refused, and every
/// problem is reported with its JSON path in one <see cref="ScenarioValidationException"/>.
/// </summary>
public static class ScenarioJson
{
    /// <summary>The largest scenario document accepted, in bytes (1 MiB); larger input is refused before parsing.</summary>
    public const int MaxInputBytes = 1024 * 1024;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 32;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    /// <summary>Reads a scenario from JSON text.</summary>
    /// <param name="json">The scenario document.</param>
    /// <returns>The validated scenario; assessing it does not validate it again.</returns>
    /// <exception cref="ScenarioValidationException">The document is not a valid scenario; every problem is listed.</exception>
    public static ValidScenario Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        // Every char takes at least one UTF-8 byte: a longer string is too large without encoding it.
        if (json.Length > MaxInputBytes)
        {
            throw TooLarge();
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            // A lenient encoder would put U+FFFD in its place: the text would be read altered.
            throw Invalid("$", string.Create(CultureInfo.InvariantCulture, $"the text is not valid Unicode: an unpaired surrogate at character {ex.Index + 1}"));
        }

        return Parse(utf8);
    }

    /// <summary>Reads a scenario from a UTF-8 JSON stream, refusing more than <see cref="MaxInputBytes"/> bytes.</summary>
    /// <param name="utf8Json">The stream to read to its end.</param>
    /// <returns>The validated scenario; assessing it does not validate it again.</returns>
    /// <exception cref="ScenarioValidationException">The document is not a valid scenario; every problem is listed.</exception>
    public static ValidScenario Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Parse(Files.InputFile.ReadAll(utf8Json, MaxInputBytes) ?? throw TooLarge());
    }

    /// <summary>Writes a scenario as indented JSON in the scenario format.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return JsonSerializer.Serialize(scenario, AllianceRulesJson.Scenario);
    }

    private static ValidScenario Parse(byte[] utf8)
    {
        if (utf8.Length > MaxInputBytes)
        {
            throw TooLarge();
        }

        var span = utf8.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Invalid("$", "the input is empty; a scenario is a JSON object with at least a 'relation'");
        }

        if (InvalidUtf8At(span) is { } badByte)
        {
            throw Invalid("$", string.Create(CultureInfo.InvariantCulture, $"the input is not valid UTF-8 (byte {badByte + 1})"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(span.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            throw Invalid("$", MalformedMessage(ex));
        }

        using (document)
        {
            try
            {
                return Read(document);
            }
            catch (InvalidOperationException ex) when (ex.Source == "System.Text.Json")
            {
                // The reader passes an escaped lone surrogate (such as \ud800) and fails only when the
                // string is read; invalid UTF-8 was refused above, so that is all it can be.
                throw Invalid("$", "a string " + UnpairedSurrogate);
            }
        }
    }

    private static ValidScenario Read(JsonDocument document)
    {
        var errors = new List<ScenarioError>();
        JsonShapeChecker.Check(document.RootElement, AllianceRulesJson.Scenario, "$", errors);
        if (errors.Count > 0)
        {
            throw new ScenarioValidationException(errors);
        }

        Scenario scenario;
        try
        {
            scenario = document.RootElement.Deserialize(AllianceRulesJson.Scenario)
                ?? throw Invalid("$", "must be an object, not null");
        }
        catch (JsonException ex) when (ex.InnerException is InvalidOperationException)
        {
            throw Invalid(ex.Path ?? "$", UnpairedSurrogate);
        }
        catch (JsonException ex)
        {
            // The shape check mirrors the contract; this is the deserializer's own word on anything it missed.
            throw Invalid(ex.Path ?? "$", ParserWords(ex.Message));
        }

        return ValidScenario.From(scenario);
    }

    private const string UnpairedSurrogate = JsonShapeChecker.UnpairedSurrogate;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static int? InvalidUtf8At(ReadOnlySpan<byte> utf8)
    {
        try
        {
            StrictUtf8.GetCharCount(utf8);
            return null;
        }
        catch (DecoderFallbackException ex)
        {
            return ex.Index;
        }
    }

    private static string MalformedMessage(JsonException ex)
    {
        var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
            ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {position + 1}")
            : "";
        return $"not valid JSON{where}: {ParserWords(ex.Message)}";
    }

    /// <summary>The JSON parser's message without its position (said once, counted from 1) or its advice to the programmer.</summary>
    internal static string ParserWords(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        }

        // Advice to the programmer who chose the reader's options is not the user's to follow.
        return (cut < 0 ? message : message[..cut]).Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
    }

    private static ScenarioValidationException TooLarge() =>
        Invalid("$", string.Create(CultureInfo.InvariantCulture, $"the input is larger than {MaxInputBytes} bytes, the most a scenario may be"));

    private static ScenarioValidationException Invalid(string path, string message) =>
        new([new ScenarioError(path, message)]);
}
