using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllianceRules.AspNetCore.Endpoints;
using AllianceRules.AspNetCore.Tests.Support;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>The service searches within a budget of its own, lower than the library's, and refuses an answer larger than it sends before building it.</summary>
public sealed class AnswerLimitsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    /// <summary>Ten powers, each offering a guarantee: a what-if that needs far more than a few dozen assessments.</summary>
    private static readonly Scenario TenPowers = ManyPowers(10);

    private WebApplicationFactory<Program> With(Action<AllianceRulesServiceOptions> service, Action<AllianceRulesOptions>? library = null) =>
        factory.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.Configure(service);
            if (library is not null)
            {
                services.Configure(library);
            }
        }));

    [Fact]
    public void ServiceBudget_IsLowerThanTheLibrarysByDefault_AndExactForEveryBuiltInEpisode()
    {
        var options = new AllianceRulesServiceOptions();
        var budget = options.MaxSearchAssessments;
        var searching = Assert.IsType<AllianceAssessor>(new AnswerLimits(options).Searching(new AllianceAssessor()));

        Assert.True(budget < AllianceRulesOptions.DefaultMaxSearchAssessments, $"{budget} is not lower than the library's {AllianceRulesOptions.DefaultMaxSearchAssessments}");
        Assert.Equal(budget, searching.MaxSearchAssessments);
        Assert.All(HistoricalScenarios.All, s => Assert.False(searching.Explore(s).StoppedAtBudget, $"{s.Id} stops at the service's budget"));
    }

    [Fact]
    public async Task WhatIf_SearchesWithinTheServiceBudget()
    {
        using var app = With(o => o.MaxSearchAssessments = 40);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/alliance/whatif", Requests.Json(ScenarioJson.Serialize(TenPowers)));
        var body = await Requests.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(40, (int)body["assessed"]!);
        Assert.True((bool)body["stoppedAtBudget"]!);
    }

    [Fact]
    public async Task Explain_LibraryBudgetBelowTheServices_TheSmallerHolds()
    {
        using var app = With(o => o.MaxSearchAssessments = 40, o => o.MaxSearchAssessments = 15);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/alliance/explain", Requests.Explain(ScenarioJson.Serialize(TenPowers), "outlook[Power 3]=Likely"));
        var body = await Requests.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(15, (int)body["assessed"]!);
        Assert.True((bool)body["stoppedAtBudget"]!);
    }

    [Fact]
    public async Task WhatIf_AnswerOverTheLimit_IsRefusedWith422BeforeItIsBuilt()
    {
        using var app = With(o => o.MaxResponseBytes = 4096);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/alliance/whatif", Requests.Json(Requests.Scenario("1978-soviet-alliance")));
        var problem = await Requests.ReadObjectAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", Requests.ContentType(response)?.MediaType);
        // estimatedBytes, not bytes: the refusal came from the estimate, so no JSON was built.
        Assert.True((long)problem["estimatedBytes"]! > 4096);
        Assert.Null(problem["bytes"]);
        Assert.Equal(4096, (int)problem["maxResponseBytes"]!);
        Assert.StartsWith("the answer would take about ", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.NotNull(problem["decisionId"]);
    }

    [Fact]
    public async Task Assess_AnswerUnderTheLimit_IsSentWhole()
    {
        using var app = With(o => o.MaxResponseBytes = 1024 * 1024);
        using var client = app.CreateClient();

        using var response = await client.PostAsync("/alliance/assess", Requests.Json(Requests.Scenario("1978-soviet-alliance")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Balance", (string?)(await Requests.ReadObjectAsync(response))["posture"]!["value"]);
    }

    [Fact]
    public void InvalidLimits_AreNamed()
    {
        var problems = new AllianceRulesServiceOptions { MaxSearchAssessments = 0, MaxResponseBytes = 10 }.Validate();

        Assert.Contains("MaxSearchAssessments must be at least 1, not 0.", problems);
        Assert.Contains("MaxResponseBytes must be at least 1024, not 10.", problems);
    }

    /// <summary>The estimate decides whether to build: it must stay near the size, and under it, so that it refuses nothing that fits.</summary>
    [Fact]
    public void ResponseSize_EstimateIsWithin15PercentBelowTheSize()
    {
        var assessor = new AnswerLimits(new AllianceRulesServiceOptions { MaxSearchAssessments = 200 }).Searching(new AllianceAssessor());
        var sizes = new List<(string What, long Estimate, long Size)>();
        foreach (var scenario in new[] { HistoricalScenarios.Find("1978-soviet-alliance")!, HistoricalScenarios.Find("2023-09-us-comprehensive-partnership")!, ManyPowers(12) })
        {
            var assessment = assessor.Assess(scenario);
            sizes.Add(($"assess {scenario.Id}", ResponseSize.Of(assessment), Bytes(AssessmentJson.Serialize(assessment))));
            var whatIf = assessor.Explore(scenario);
            sizes.Add(($"whatif {scenario.Id}", ResponseSize.Of(whatIf), Bytes(AssessmentJson.Serialize(whatIf))));
            var question = scenario.Powers.Count > 0 ? $"outlook[{scenario.Powers[0].Name}]=Likely" : "posture=Bandwagon";
            var explanation = assessor.Explain(scenario, question);
            sizes.Add(($"explain {scenario.Id} {question}", ResponseSize.Of(explanation), Bytes(AssessmentJson.Serialize(explanation))));
        }

        Assert.All(sizes, s => Assert.True(
            s.Estimate <= s.Size && s.Estimate >= 0.85 * s.Size,
            $"{s.What}: estimated {s.Estimate} bytes, written {s.Size}"));
    }

    private static long Bytes(string json) => Encoding.UTF8.GetByteCount(json);

    private static Scenario ManyPowers(int count)
    {
        var powers = Enumerable.Range(0, count).Select(i => $"Power {i}").ToArray();
        var json = new JsonObject
        {
            ["id"] = $"powers-{count}",
            ["relation"] = new JsonObject { ["level"] = "Hostile", ["settlementFailed"] = true },
            ["powers"] = new JsonArray([.. powers.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p, ["extraRegional"] = true, ["stance"] = "Containment", ["resolve"] = "Demonstrated",
                ["avoidsLandWar"] = false, ["politicalSystem"] = "Affirmed",
            })]),
            ["offers"] = new JsonArray([.. powers.Select(p => (JsonNode)new JsonObject { ["from"] = p, ["kind"] = "SecurityGuarantee", ["domains"] = new JsonArray("Sea") })]),
            ["coercion"] = new JsonArray(new JsonObject { ["domain"] = "Sea", ["year"] = 2020, ["kind"] = "Standoff" }),
        };
        return ScenarioJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json.ToJsonString()))).Value;
    }
}
