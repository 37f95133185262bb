using System.Globalization;
using System.Text;
using System.Text.Json;
using AllianceRules.Files;
using AllianceRules.Scenarios;
using AllianceRules.Serialization;

namespace AllianceRules.Testing;

/// <summary>
/// Reads scenario test files (<c>*.test.json</c>, <c>docs/testing-the-theory.md</c>). Reading is
/// as strict as the scenario reader's: unknown properties, wrong types, unknown conclusion keys,
/// values a conclusion cannot take, unknown claims, rules and built-in scenarios are refused, and
/// every problem is reported with its JSON path in one <see cref="ScenarioTestFileException"/>.
/// </summary>
public static class ScenarioTestJson
{
    /// <summary>How the name of a scenario test file ends.</summary>
    public const string FileSuffix = ".test.json";

    /// <summary>The largest test file accepted, in bytes (4 MiB): room for many cases with inline scenarios.</summary>
    public const int MaxInputBytes = 4 * 1024 * 1024;

    /// <summary>The deepest nesting accepted: a scenario's own limit and the three levels a test file puts around it.</summary>
    public const int MaxDepth = ScenarioJson.MaxDepth + 3;

    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
        MaxDepth = MaxDepth,
    };

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Reads a test file; a relative <c>scenarioFile</c> is resolved against the file's folder.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Its cases, checked, in the order written.</returns>
    /// <exception cref="ScenarioTestFileException">The file cannot be read or is not a valid test file; every problem is listed.</exception>
    public static IReadOnlyList<ScenarioTest> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAll(path, MaxInputBytes) ?? throw Invalid(path, "$", TooLarge);
        }
        catch (InputFileException ex)
        {
            throw Invalid(path, "$", ex.Message);
        }

        return Parse(bytes, path);
    }

    /// <summary>Reads a test file from JSON text.</summary>
    /// <param name="json">The test file's text.</param>
    /// <param name="file">The file's path, for messages and to resolve a relative <c>scenarioFile</c> against its folder.</param>
    /// <returns>Its cases, checked, in the order written.</returns>
    /// <exception cref="ScenarioTestFileException">The text is not a valid test file; every problem is listed.</exception>
    public static IReadOnlyList<ScenarioTest> Parse(string json, string file)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(file);
        if (json.Length > MaxInputBytes)
        {
            throw Invalid(file, "$", TooLarge);
        }

        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException ex)
        {
            throw Invalid(file, "$", string.Create(CultureInfo.InvariantCulture, $"the text is not valid Unicode: an unpaired surrogate at character {ex.Index + 1}"));
        }

        return Parse(utf8, file);
    }

    private static IReadOnlyList<ScenarioTest> Parse(byte[] utf8, string file)
    {
        if (utf8.Length > MaxInputBytes)
        {
            throw Invalid(file, "$", TooLarge);
        }

        var span = utf8.AsSpan();
        if (span.StartsWith(Encoding.UTF8.Preamble))
        {
            span = span[Encoding.UTF8.Preamble.Length..];
        }

        if (span.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw Invalid(file, "$", "the file is empty; a test file is a JSON object with 'cases'");
        }

        try
        {
            StrictUtf8.GetCharCount(span);
        }
        catch (DecoderFallbackException ex)
        {
            throw Invalid(file, "$", string.Create(CultureInfo.InvariantCulture, $"the file is not valid UTF-8 (byte {ex.Index + 1})"));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(span.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line && ex.BytePositionInLine is { } position
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {position + 1}")
                : "";
            throw Invalid(file, "$", $"not valid JSON{where}: {ScenarioJson.ParserWords(ex.Message)}");
        }

        using (document)
        {
            var errors = new List<ScenarioError>();
            var typeInfo = ScenarioTestJsonContext.Default.ScenarioTestFile;
            JsonShapeChecker.Check(document.RootElement, typeInfo, "$", errors);
            if (errors.Count > 0)
            {
                throw new ScenarioTestFileException(file, errors);
            }

            ScenarioTestFile parsed;
            try
            {
                parsed = document.RootElement.Deserialize(typeInfo) ?? throw Invalid(file, "$", "must be an object, not null");
            }
            catch (JsonException ex)
            {
                // The shape check mirrors the contract; this is the deserializer's own word on
                // anything it missed (such as an escaped lone surrogate).
                throw Invalid(file, ex.Path ?? "$", ScenarioJson.ParserWords(ex.Message));
            }
            catch (InvalidOperationException ex) when (ex.Source == "System.Text.Json")
            {
                throw Invalid(file, "$", "a string is not valid Unicode: it escapes an unpaired surrogate (such as \\ud800)");
            }

            var tests = ScenarioTestValidator.Validate(parsed, file, errors);
            return errors.Count > 0 ? throw new ScenarioTestFileException(file, errors) : tests;
        }
    }

    private static string TooLarge => string.Create(CultureInfo.InvariantCulture, $"the file is larger than {MaxInputBytes} bytes, the most a test file may be");

    private static ScenarioTestFileException Invalid(string file, string path, string message) =>
        new(file, [new ScenarioError(path, message)]);
}
