using System.Net;
using System.Text;
using AllianceRules.AspNetCore.Tests.Support;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>
/// Requests as a hostile client sends them (issue 23), to the sample served by Kestrel on a
/// loopback port, where the server's own limits apply: a chunked body and one with a
/// Content-Length share one limit, a charset other than UTF-8 is refused, a name that cannot be
/// normalised is a 400 with its path, and no message quotes more than 100 characters of a value.
/// </summary>
public sealed class HostileRequestTests : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly HttpClient _client;

    public HostileRequestTests()
    {
        _factory = new WebApplicationFactory<Program>();
        _factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        _client = new HttpClient { BaseAddress = new Uri(_factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()) };
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData(false, 0, HttpStatusCode.OK)]
    [InlineData(true, 0, HttpStatusCode.OK)]
    [InlineData(false, 1, HttpStatusCode.RequestEntityTooLarge)]
    [InlineData(true, 1, HttpStatusCode.RequestEntityTooLarge)]
    public async Task Assess_BodyAtAndPastTheLimit_SameAnswerChunkedOrNot(bool chunked, int over, HttpStatusCode expected)
    {
        const string scenario = """{ "relation": { "level": "Good" } }""";
        var body = Encoding.UTF8.GetBytes(scenario + new string(' ', ScenarioJson.MaxInputBytes - scenario.Length + over));
        // Small chunks, as a client streaming the body sends it: the server may count their framing.
        using var content = new StreamContent(new MemoryStream(body), bufferSize: 4096);
        content.Headers.ContentType = new("application/json");
        if (!chunked)
        {
            content.Headers.ContentLength = body.Length;
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "alliance/assess") { Content = content };
        request.Headers.TransferEncodingChunked = chunked;

        using var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=iso-8859-1", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=utf-16", HttpStatusCode.UnsupportedMediaType)]
    [InlineData("application/json; charset=UTF-8", HttpStatusCode.OK)]
    [InlineData("application/json; charset=\"utf-8\"", HttpStatusCode.OK)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task Assess_Charset_OnlyUtf8IsRead(string contentType, HttpStatusCode expected)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Requests.Scenario("1978-soviet-alliance")));
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await _client.PostAsync("alliance/assess", content);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.UnsupportedMediaType)
        {
            Assert.Contains("send the body as UTF-8", (string?)(await Requests.ReadObjectAsync(response))["detail"], StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Assess_NoncharacterInAName_400WithThePath()
    {
        using var response = await _client.PostAsync("alliance/assess", Requests.Json("{\"relation\":{\"level\":\"Good\"},\"roles\":{\"hedgingState\":\"V\uFFFE\"}}"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("$.roles.hedgingState: holds a noncharacter (U+FFFE) at character 2", (string?)(await Requests.ReadObjectAsync(response))["detail"]);
    }

    [Fact]
    public async Task Assess_HugeNumber_QuotedAtMostAHundredCharacters()
    {
        var json = "{\"relation\":{\"level\":\"Good\"},\"coercion\":[{\"domain\":\"Sea\",\"year\":" + new string('9', 500_000) + ",\"kind\":\"X\"}]}";

        using var response = await _client.PostAsync("alliance/assess", Requests.Json(json));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.InRange(text.Length, 1, 2000);
        Assert.Contains($"must be a whole number, not {new string('9', 100)}…", text, StringComparison.Ordinal);
    }

    /// <summary>The same cap as the library and the command line (QuotedValueCapTests): a 5,000-character value is quoted, paths included, cut at 100.</summary>
    [Theory]
    [InlineData("unknown property of the scenario")]
    [InlineData("unknown property of the request")]
    [InlineData("question")]
    public async Task Problem_QuotesAtMostAHundredCharactersOfAValue(string @case)
    {
        var huge = new string('Q', 5_000);
        var scenario = Requests.Scenario("1978-soviet-alliance");
        var body = @case switch
        {
            "unknown property of the scenario" => scenario.Insert(scenario.IndexOf('{', StringComparison.Ordinal) + 1, $"\"{huge}\": 1,"),
            "unknown property of the request" => $"{{\"scenario\": {scenario}, \"conclusion\": \"posture\", \"{huge}\": 1}}",
            _ => $"{{\"scenario\": {scenario}, \"conclusion\": \"posture={huge}\"}}",
        };

        using var response = await _client.PostAsync(@case == "unknown property of the scenario" ? "/alliance/assess" : "/alliance/explain", Requests.Json(body));
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(new string('Q', 100) + "…", text, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('Q', 101), text, StringComparison.Ordinal);
    }
}
