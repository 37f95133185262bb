using System.Buffers;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// Reads a request body as the library reads a scenario file: JSON, at most
/// <see cref="ScenarioJson.MaxInputBytes"/> bytes, refused before parsing when larger. The server's
/// own limit is lowered to the same figure, so a chunked body is cut off as soon as it passes it.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body's bytes, or the problem (413, 415) that refuses it.</summary>
    public static async Task<(byte[]? Bytes, ProblemHttpResult? Refusal)> ReadAsync(HttpContext http)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.NotJson(http));
        }

        if (request.ContentLength > ScenarioJson.MaxInputBytes)
        {
            return (null, Problems.TooLarge(http));
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = ScenarioJson.MaxInputBytes;
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
    private static bool IsJson(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.HasValue
        && (type.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || type.MediaType.Value!.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
}
