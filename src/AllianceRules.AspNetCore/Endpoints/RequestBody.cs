using System.Buffers;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// Reads a request body as the library reads a scenario file: JSON in UTF-8, at most
/// <see cref="ScenarioJson.MaxInputBytes"/> bytes, refused before parsing when larger. The limit is
/// counted here, on the body's own bytes, whether it comes with a Content-Length or chunked, and
/// reading stops as soon as it is passed. The server's limit is lowered only to a backstop twice as
/// large: the server may count a chunked body with its framing, which refused a chunked body just
/// under the limit that it took with a Content-Length.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or the problem (413, 415) that refuses it.</summary>
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Refusal)> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type) || !IsJson(type))
        {
            return (null, Problems.NotJson(http));
        }

        if (type.Charset.HasValue && !IsUtf8(type.Charset.Value!))
        {
            // Read as UTF-8, the body would be read altered: said, not guessed.
            return (null, Problems.NotUtf8(http, type.Charset.Value!));
        }

        if (request.ContentLength > ScenarioJson.MaxInputBytes)
        {
            return (null, Problems.TooLarge(http));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = 2L * ScenarioJson.MaxInputBytes;
        }

        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > ScenarioJson.MaxInputBytes)
                {
                    return (null, Problems.TooLarge(http));
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(http));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return (buffer.ToArray(), null);
    }

    /// <summary>application/json or any +json type; other types (a form post) would read the wrong bytes, or come cross-site unannounced.</summary>
    private static bool IsJson(MediaTypeHeaderValue type) =>
        type.MediaType.HasValue
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>JSON is UTF-8 (RFC 8259); a charset parameter may say so, in either spelling, quoted or not.</summary>
    private static bool IsUtf8(string charset) =>
        charset.Trim('"') is var name && (name.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || name.Equals("utf8", StringComparison.OrdinalIgnoreCase));
}
