using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>What an orchestrator and a caching client see: liveness, readiness once the rulebook is compiled, and validators on the GETs.</summary>
public sealed class HealthAndRevalidationTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Live_AnswersHealthy()
    {
        using var response = await _client.GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_OnceTheRulebookIsCompiled_AnswersHealthy()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        HttpStatusCode status;
        do
        {
            using var response = await _client.GetAsync("/health/ready");
            status = response.StatusCode;
            if (status == HttpStatusCode.OK)
            {
                Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
                return;
            }

            // Before the warm-up has finished, not ready: 503, never an error.
            Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
            await Task.Delay(100);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"/health/ready still answered {status} after 60 s");
    }

    [Fact]
    public void MapHealth_WithoutItsServices_SaysWhichCallIsMissing()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Services.AddAllianceRules();
        using var app = builder.Build();

        var error = Assert.Throws<InvalidOperationException>(() => app.MapAllianceRulesHealth());

        Assert.Contains("services.AddAllianceRulesHealthChecks()", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/alliance/claims")]
    [InlineData("/alliance/scenarios")]
    [InlineData("/alliance/scenarios/1978-soviet-alliance")]
    [InlineData("/alliance/scenarios/1978-soviet-alliance/assessment")]
    [InlineData("/alliance/rulebook")]
    [InlineData("/alliance/backtest")]
    public async Task Get_Twice_SecondWithIfNoneMatch_Is304WithoutABody(string path)
    {
        using var first = await _client.GetAsync(path);
        var tag = first.Headers.ETag;
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.NotNull(tag);
        Assert.True(tag.IsWeak, "each body names its own decision ID: the tag can only be weak");

        using var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(tag);
        using var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.NotEmpty(second.Headers.GetValues(AllianceRulesHeaders.DecisionId));
    }

    [Fact]
    public async Task Get_WithAnotherTag_Is200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alliance/claims");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"not-this-one\"", isWeak: true));

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_UnknownEpisode_Is404_EvenForAnyTag()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/alliance/scenarios/no-such-episode");
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Any);

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Tag_OfAnotherRuleSet_IsAnother()
    {
        using var article = await _client.GetAsync("/alliance/rulebook");
        using var amended = factory.WithWebHostBuilder(web => web.ConfigureServices(services => services.AddAllianceRules(options => options.DisabledClaims.Add("C13"))));
        using var response = await amended.CreateClient().GetAsync("/alliance/rulebook");

        Assert.NotEqual(article.Headers.ETag, response.Headers.ETag);
    }

    [Fact]
    public async Task Invalid_ThreeHundredUnknownProperties_ListsTheFirstHundredAndCountsTheRest()
    {
        var body = new System.Text.Json.Nodes.JsonObject { ["relation"] = new System.Text.Json.Nodes.JsonObject { ["level"] = "Good" } };
        for (var i = 0; i < 300; i++)
        {
            body[$"x{i:D3}"] = 1;
        }

        using var response = await _client.PostAsync("/alliance/assess", Support.Requests.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Support.Requests.ReadObjectAsync(response);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(100, errors.Count);
        Assert.Equal("$.x000", errors.First().Key);
        Assert.Equal("$.x099", errors.Last().Key);
        Assert.Equal(200, (int)problem["moreProblems"]!);
    }
}
