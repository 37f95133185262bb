using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// A 200 response whose body is JSON the service wrote itself: either a document of the library
/// (an assessment, explanation or what-if, exactly as <see cref="Rendering.AssessmentJson"/> writes
/// it, with <c>decisionId</c> and <c>rulebook</c> added at the top) or one of the service's own
/// listings. The host's JSON options never touch it, so the contract is the library's wherever it is served.
/// </summary>
internal sealed class JsonBody : IResult, IStatusCodeHttpResult, IContentTypeHttpResult
{
    private const string JsonContentType = "application/json; charset=utf-8";

    private readonly byte[] _utf8;

    private JsonBody(byte[] utf8) => _utf8 = utf8;

    public int? StatusCode => StatusCodes.Status200OK;

    public string ContentType => JsonContentType;

    /// <summary>The body's size in bytes.</summary>
    public int Length => _utf8.Length;

    /// <summary>
    /// The library's document with the response's decision ID (and the rulebook version, unless
    /// the document has its own) as its first properties; the rest is the library's text, byte for byte.
    /// </summary>
    public static JsonBody Document(HttpContext http, string libraryJson, bool hasRulebook)
    {
        var open = libraryJson.IndexOf('{', StringComparison.Ordinal);
        if (open < 0)
        {
            throw new InvalidOperationException("The library's document is not a JSON object.");
        }

        var head = new StringBuilder();
        head.Append("\n  \"decisionId\": ").Append(JsonSerializer.Serialize(Decision.Of(http).Id, Contracts.WebJson.String)).Append(',');
        if (!hasRulebook)
        {
            head.Append("\n  \"rulebook\": ").Append(JsonSerializer.Serialize(Decision.Rulebook, Contracts.WebJson.String)).Append(',');
        }

        var text = string.Concat(libraryJson.AsSpan(0, open + 1), head.ToString(), libraryJson.AsSpan(open + 1));
        return new JsonBody(Encoding.UTF8.GetBytes(text.EndsWith('\n') ? text : text + "\n"));
    }

    /// <summary>One of the service's own bodies, in its source-generated contract.</summary>
    public static JsonBody Of<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        var utf8 = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);
        return new JsonBody([.. utf8, (byte)'\n']);
    }

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = JsonContentType;
        response.ContentLength = _utf8.Length;
        return response.Body.WriteAsync(_utf8, httpContext.RequestAborted).AsTask();
    }
}
