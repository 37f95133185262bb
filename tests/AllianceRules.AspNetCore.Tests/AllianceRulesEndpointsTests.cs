using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AllianceRules.AspNetCore.Tests.Support;
using AllianceRules.Backtesting;
using AllianceRules.Claims;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AllianceRules.AspNetCore.Tests;

/// <summary>Every endpoint of the decision service, through the WebExplorer sample's own host, in process.</summary>
public sealed class AllianceRulesEndpointsTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Assess_1978Scenario_PostureBalance()
    {
        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(Requests.Scenario("1978-soviet-alliance")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", Requests.ContentType(response)?.MediaType);
        var body = await Requests.ReadObjectAsync(response);
        Assert.Equal("Balance", (string?)body["posture"]!["value"]);
        Assert.Equal(RulebookVersion.Current, (string?)body["rulebook"]);
        Assert.True((bool)body["backtest"]!["matches"]!);
    }

    [Fact]
    public async Task Assess_Body_IsTheLibraryDocumentWithTheDecisionId()
    {
        var scenario = HistoricalScenarios.Find("1986-soviet-shift")!;
        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(ScenarioJson.Serialize(scenario)));

        var text = await response.Content.ReadAsStringAsync();
        var decisionId = Requests.Header(response, AllianceRulesHeaders.DecisionId);
        var library = AssessmentJson.Serialize(new AllianceAssessor().Assess(scenario));
        Assert.Equal(library.Insert(1, $"\n  \"decisionId\": \"{decisionId}\",") + "\n", text);
    }

    [Fact]
    public async Task Assess_OfferFromUndeclaredPower_400ProblemDetailsKeyedByJsonPath()
    {
        const string scenario = """{ "relation": { "level": "Good" }, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }""";

        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(scenario));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", Requests.ContentType(response)?.MediaType);
        var problem = await Requests.ReadObjectAsync(response);
        Assert.Equal(400, (int)problem["status"]!);
        Assert.Equal("The scenario is invalid", (string?)problem["title"]);
        Assert.Equal("$.offers[0].from: 'Japan' is not a declared great power", (string?)problem["detail"]);
        var errors = problem["errors"]!.AsObject();
        Assert.Equal(["$.offers[0].from"], errors.Select(e => e.Key));
        Assert.Equal("'Japan' is not a declared great power", (string?)errors["$.offers[0].from"]![0]);
        Assert.Equal(Requests.Header(response, AllianceRulesHeaders.DecisionId), (string?)problem["decisionId"]);
        Assert.Equal(RulebookVersion.Current, (string?)problem["rulebook"]);
    }

    [Fact]
    public async Task Assess_SeveralProblems_EveryPathInDocumentOrder()
    {
        const string scenario = """{ "relation": { "level": "hostile" }, "powers": [ { "name": "P" } ] }""";

        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(scenario));

        var errors = (await Requests.ReadObjectAsync(response))["errors"]!.AsObject();
        Assert.Equal(
            ["$.relation.level", "$.powers[0].extraRegional", "$.powers[0].stance", "$.powers[0].resolve", "$.powers[0].avoidsLandWar", "$.powers[0].politicalSystem"],
            errors.Select(e => e.Key));
    }

    [Theory]
    [InlineData("{ \"relation\": ")]
    [InlineData("")]
    [InlineData("[]")]
    public async Task Assess_NotAScenario_400AtTheRoot(string body)
    {
        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Assess_BodyOverTheLimit_413BeforeParsing()
    {
        var body = new string(' ', ScenarioJson.MaxInputBytes + 1);

        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(body));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var problem = await Requests.ReadObjectAsync(response);
        Assert.Equal(413, (int)problem["status"]!);
        Assert.Contains("1048576 bytes", (string?)problem["detail"], StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(Requests.Header(response, AllianceRulesHeaders.DecisionId)));
    }

    [Fact]
    public async Task Assess_ChunkedBodyOverTheLimit_413()
    {
        // No Content-Length: the limit is met while reading.
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(new string(' ', ScenarioJson.MaxInputBytes + 10))));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/alliance/assess") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Assess_BodyAtTheLimit_IsRead()
    {
        var scenario = """{ "relation": { "level": "Good" } }""";
        var body = scenario + new string(' ', ScenarioJson.MaxInputBytes - scenario.Length);

        using var response = await _client.PostAsync("/alliance/assess", Requests.Json(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Assess_FormPost_415()
    {
        using var response = await _client.PostAsync("/alliance/assess", new StringContent(Requests.Scenario("1978-soviet-alliance"), Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", Requests.ContentType(response)?.MediaType);
    }

    [Fact]
    public async Task Explain_WhyNotBandwagonIn1978_RemediesChangeTheRelation()
    {
        using var response = await _client.PostAsync("/alliance/explain", Requests.Explain(Requests.Scenario("1978-soviet-alliance"), "posture=Bandwagon"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Requests.ReadObjectAsync(response);
        Assert.Equal("posture", (string?)body["conclusion"]);
        Assert.Equal("Balance", (string?)body["actual"]);
        Assert.False((bool)body["isDrawn"]!);
        Assert.Contains(body["remedies"]!.AsArray(), r => (string?)r!["changes"]![0]!["field"] == "relation.level" && (string?)r["changes"]![0]!["to"] == "Stable");
        Assert.Equal(RulebookVersion.Current, (string?)body["rulebook"]);
    }

    [Fact]
    public async Task Explain_Why_IsTheLibraryExplanation()
    {
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;
        using var response = await _client.PostAsync("/alliance/explain", Requests.Explain(ScenarioJson.Serialize(scenario), "posture"));

        var text = await response.Content.ReadAsStringAsync();
        var library = AssessmentJson.Serialize(new AllianceAssessor().Explain(scenario, "posture"));
        var head = $"\n  \"decisionId\": \"{Requests.Header(response, AllianceRulesHeaders.DecisionId)}\",\n  \"rulebook\": \"{RulebookVersion.Current}\",";
        Assert.Equal(library.Insert(1, head) + "\n", text);
    }

    [Fact]
    public async Task Explain_InvalidScenario_KeyedByItsPathInTheBody()
    {
        const string scenario = """{ "relation": { "level": "Good" }, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }""";

        using var response = await _client.PostAsync("/alliance/explain", Requests.Explain(scenario, "posture"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.scenario.offers[0].from"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Theory]
    [InlineData("posture=Nonsense")]
    [InlineData("nothing[at,all]")]
    public async Task Explain_QuestionNamesNoConclusion_400AtConclusion(string conclusion)
    {
        using var response = await _client.PostAsync("/alliance/explain", Requests.Explain(Requests.Scenario("1978-soviet-alliance"), conclusion));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.conclusion"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Explain_EnvelopeWrong_EveryProblem()
    {
        using var response = await _client.PostAsync("/alliance/explain", Requests.Json("""{ "scenario": [], "question": "posture" }"""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.scenario", "$.question", "$.conclusion"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Explain_Fix_IsHonoured_AndTheAnswerSaysWhatWasHeld()
    {
        var body = new JsonObject
        {
            ["scenario"] = JsonNode.Parse(Requests.Scenario("future-sharp-deterioration")),
            ["conclusion"] = "commitments[United States]=credible",
            ["fix"] = new JsonArray("powers[United States].resolve"),
        };

        using var response = await _client.PostAsync("/alliance/explain", Requests.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.ReadObjectAsync(response);
        var fields = answer["obstacles"]!.AsArray().SelectMany(o => o!["remedies"]!.AsArray()).SelectMany(r => r!["changes"]!.AsArray()).Select(c => (string?)c!["field"]).ToArray();
        Assert.NotEmpty(fields);
        Assert.DoesNotContain("powers[0].resolve", fields);
        Assert.DoesNotContain(fields, f => f!.StartsWith("geography", StringComparison.Ordinal));
        Assert.Equal(
            ["roles Role", "geography[+] ThirdPartyGeography", "powers[United States].resolve Asked"],
            answer["fixed"]!.AsArray().Select(f => $"{(string?)f!["field"]} {(string?)f["because"]}"));
    }

    [Fact]
    public async Task Explain_FixThatNamesNothing_400AtItsPath()
    {
        var body = new JsonObject
        {
            ["scenario"] = JsonNode.Parse(Requests.Scenario("future-sharp-deterioration")),
            ["conclusion"] = "posture",
            ["fix"] = new JsonArray("relation.level", "powers[Mars].resolve", 3),
            ["varyThirdPartyGeography"] = "yes",
        };

        using var response = await _client.PostAsync("/alliance/explain", Requests.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.fix[2]", "$.varyThirdPartyGeography"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));

        body["fix"] = new JsonArray("relation.level", "powers[Mars].resolve");
        body["varyThirdPartyGeography"] = true;
        using var second = await _client.PostAsync("/alliance/explain", Requests.Json(body.ToJsonString()));
        var errors = (await Requests.ReadObjectAsync(second))["errors"]!.AsObject();
        Assert.Equal(["$.fix[1]"], errors.Select(e => e.Key));
        Assert.StartsWith("'powers[Mars].resolve' names 'Mars', which is not a great power of the scenario", (string?)errors["$.fix[1]"]![0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhatIf_1978_ListsFlipsOfThePosture()
    {
        using var response = await _client.PostAsync("/alliance/whatif", Requests.Json(Requests.Scenario("1978-soviet-alliance")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Requests.ReadObjectAsync(response);
        Assert.Equal("1978-soviet-alliance", (string?)body["scenario"]);
        Assert.Contains(body["flips"]!.AsArray(), f => (string?)f!["conclusion"] == "posture" && (string?)f["to"] == "Bandwagon");
        Assert.False((bool)body["stoppedAtBudget"]!);
    }

    [Fact]
    public async Task WhatIf_Envelope_IsTheLibrarysWhatIfWithWhatItHolds()
    {
        var scenario = HistoricalScenarios.Find("1978-soviet-alliance")!;
        var body = new JsonObject
        {
            ["scenario"] = JsonNode.Parse(ScenarioJson.Serialize(scenario)),
            ["fix"] = new JsonArray("relation.level", "powers[Soviet Union].resolve"),
            ["varyThirdPartyGeography"] = true,
        };

        using var response = await _client.PostAsync("/alliance/whatif", Requests.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await Requests.ReadObjectAsync(response);
        Assert.Equal(
            ["roles Role", "relation.level Asked", "powers[Soviet Union].resolve Asked"],
            answer["fixed"]!.AsArray().Select(f => $"{(string?)f!["field"]} {(string?)f["because"]}"));
        var fields = answer["flips"]!.AsArray().SelectMany(f => f!["changes"]!.AsArray()).Select(c => (string?)c!["field"]).ToArray();
        Assert.NotEmpty(fields);
        Assert.DoesNotContain("relation.level", fields);
        Assert.DoesNotContain("powers[0].resolve", fields);

        // Exactly what the library answers with the same options, as for a bare scenario.
        var options = new AllianceRules.Counterfactuals.CounterfactualOptions { Fixed = ["relation.level", "powers[Soviet Union].resolve"], VaryThirdPartyGeography = true };
        var library = JsonNode.Parse(AssessmentJson.Serialize(new AllianceAssessor().Explore(scenario, options)))!.AsObject();
        answer.Remove("decisionId");
        answer.Remove("rulebook");
        library.Remove("rulebook");
        Assert.Equal(library.ToJsonString(), answer.ToJsonString());
    }

    [Fact]
    public async Task WhatIf_EnvelopeWithNothingHeld_AnswersAsTheBareScenario()
    {
        var scenario = Requests.Scenario("1975-soviet-port-request");
        using var bare = await _client.PostAsync("/alliance/whatif", Requests.Json(scenario));
        using var wrapped = await _client.PostAsync("/alliance/whatif", Requests.Json($$"""{ "scenario": {{scenario}} }"""));

        var (first, second) = (await Requests.ReadObjectAsync(bare), await Requests.ReadObjectAsync(wrapped));
        first.Remove("decisionId");
        second.Remove("decisionId");
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
    }

    [Fact]
    public async Task WhatIf_EnvelopeErrors_400AtTheirPathsInTheBody()
    {
        var body = new JsonObject
        {
            ["scenario"] = JsonNode.Parse("""{ "relation": { "level": "Good" }, "offers": [ { "from": "Japan", "kind": "BaseAccess" } ] }"""),
            ["conclusion"] = "posture",
            ["fix"] = new JsonArray("relation.level", 3),
            ["hold"] = true,
        };

        using var response = await _client.PostAsync("/alliance/whatif", Requests.Json(body.ToJsonString()));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Requests.ReadObjectAsync(response))["errors"]!.AsObject();
        Assert.Equal(["$.conclusion", "$.fix[1]", "$.hold"], errors.Select(e => e.Key));
        Assert.StartsWith("a what-if searches for every conclusion", (string?)errors["$.conclusion"]![0], StringComparison.Ordinal);
        Assert.Equal("unknown property (expected one of: scenario, fix, varyThirdPartyGeography)", (string?)errors["$.hold"]![0]);

        body.Remove("conclusion");
        body.Remove("hold");
        body["fix"] = new JsonArray("relation.level");
        using var second = await _client.PostAsync("/alliance/whatif", Requests.Json(body.ToJsonString()));
        Assert.Equal(["$.scenario.offers[0].from"], (await Requests.ReadObjectAsync(second))["errors"]!.AsObject().Select(e => e.Key));

        body["scenario"] = JsonNode.Parse(Requests.Scenario("1978-soviet-alliance"));
        body["fix"] = new JsonArray("powers[Mars].resolve");
        using var third = await _client.PostAsync("/alliance/whatif", Requests.Json(body.ToJsonString()));
        var fixErrors = (await Requests.ReadObjectAsync(third))["errors"]!.AsObject();
        Assert.Equal(["$.fix[0]"], fixErrors.Select(e => e.Key));
        Assert.StartsWith("'powers[Mars].resolve' names 'Mars', which is not a great power of the scenario", (string?)fixErrors["$.fix[0]"]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/alliance/whatif", """{ "scenario": { "relation": { "level": "Good" } }, "fix": ["relation"], "fix": [] }""", "$.fix")]
    [InlineData("/alliance/whatif", """{ "scenario": { "relation": { "level": "Good" } }, "scenario": {} }""", "$.scenario")]
    [InlineData("/alliance/explain", """{ "scenario": { "relation": { "level": "Good" } }, "conclusion": "posture", "conclusion": "risks" }""", "$.conclusion")]
    [InlineData("/alliance/whatif", """{ "scenario": { "relation": { "level": "Good" }, "relation": { "level": "Good" } } }""", "$.scenario.relation")]
    public async Task Search_PropertyGivenTwice_400AtItsPath(string path, string body, string twice)
    {
        using var response = await _client.PostAsync(path, Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Requests.ReadObjectAsync(response))["errors"]!.AsObject();
        Assert.Equal([twice], errors.Select(e => e.Key));
        Assert.Equal("is given twice", (string?)errors[twice]![0]);
    }

    private const string Good = """{ "relation": { "level": "Good" } }""";

    public static TheoryData<string, string, string, string> OddSearchBodies => new()
    {
        // Escaped lone surrogates: the JSON parser lets them through, and reading them fails.
        { "/alliance/whatif", $$"""{ "scenario": {{Good}}, "fix": ["\ud800"] }""", "$.fix[0]", "is not valid Unicode" },
        { "/alliance/whatif", $$"""{ "scenario": {{Good}}, "\ud800abcdefghij": 1 }""", "$", "a property name is not valid Unicode" },
        { "/alliance/whatif", $$"""{ "\ud800abcdefghij": 1, "relation": { "level": "Good" } }""", "$", "" },
        { "/alliance/explain", $$"""{ "scenario": {{Good}}, "conclusion": "\ud800" }""", "$.conclusion", "is not valid Unicode" },
        { "/alliance/explain", $$"""{ "scenario": {{Good}}, "conclusion": "posture", "fix": ["\udfff"] }""", "$.fix[0]", "is not valid Unicode" },
        // Not an envelope's place, or not its kind.
        { "/alliance/whatif", $$"""{ "scenario": null }""", "$.scenario", "must be a scenario object, not null" },
        { "/alliance/whatif", $$"""{ "scenario": {{Good}}, "varyThirdPartyGeography": "yes" }""", "$.varyThirdPartyGeography", "must be a boolean, not a string" },
        { "/alliance/whatif", $$"""{ "scenario": {{Good}}, "fix": ["relation"] """, "$", "not valid JSON at line 1" },
        { "/alliance/whatif", $$"""{ "relation": { "level": "Good" }, "fix": ["relation"] }""", "$.fix", "is not a property of a scenario; to hold inputs fixed, send { \"scenario\": { … }, \"fix\": [ … ] }" },
        { "/alliance/explain", $$"""{ "scenario": { "relation": { "level": "Good" }, "relation": { "level": "Good" } }, "conclusion": "posture" }""", "$.scenario.relation", "is given twice" },
    };

    [Theory]
    [MemberData(nameof(OddSearchBodies))]
    public async Task Search_OddBody_400AtItsPath_NeverA500(string path, string body, string at, string message)
    {
        using var response = await _client.PostAsync(path, Requests.Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await Requests.ReadObjectAsync(response))["errors"]!.AsObject();
        Assert.Equal([at], errors.Select(e => e.Key));
        Assert.StartsWith(message, (string?)errors[at]![0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/alliance/whatif")]
    [InlineData("/alliance/explain")]
    public async Task Search_BodyNotUtf8_400AtTheRootNamingTheByte_AndABomIsRead(string path)
    {
        var envelope = $$"""{ "scenario": { "title": "X", "relation": { "level": "Good" } }, "conclusion": "posture" }""";
        if (path.EndsWith("whatif", StringComparison.Ordinal))
        {
            envelope = envelope.Replace(", \"conclusion\": \"posture\"", "", StringComparison.Ordinal);
        }

        var bytes = Encoding.UTF8.GetBytes(envelope);
        var bad = (byte[])bytes.Clone();
        bad[envelope.IndexOf('X', StringComparison.Ordinal)] = 0xFF;
        using var badContent = new ByteArrayContent(bad);
        badContent.Headers.ContentType = new("application/json");
        using var withBom = new ByteArrayContent([.. Encoding.UTF8.Preamble, .. bytes]);
        withBom.Headers.ContentType = new("application/json");

        using var refused = await _client.PostAsync(path, badContent);
        using var read = await _client.PostAsync(path, withBom);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Requests.ReadObjectAsync(refused))["errors"]!.AsObject();
        Assert.Equal(["$"], errors.Select(e => e.Key));
        Assert.Equal($"the input is not valid UTF-8 (byte {envelope.IndexOf('X', StringComparison.Ordinal) + 1})", (string?)errors["$"]![0]);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
    }

    [Fact]
    public async Task WhatIf_TheBuiltInsDocumentPostedWhole_400NamingWhatIsNotAnEnvelope()
    {
        // GET scenarios/{id} gives the scenario under "scenario" beside the decision ID and rulebook:
        // posted whole, it reads as an envelope, and its other properties are refused, not dropped.
        var document = await (await _client.GetAsync("/alliance/scenarios/1978-soviet-alliance")).Content.ReadAsStringAsync();

        using var response = await _client.PostAsync("/alliance/whatif", Requests.Json(document));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["$.decisionId", "$.rulebook"], (await Requests.ReadObjectAsync(response))["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task WhatIf_SmallBudget_SaysTheSearchStopped()
    {
        using var small = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAllianceAssessor>();
            services.AddAllianceRules(options => options.MaxSearchAssessments = 5);
        }));
        using var client = small.CreateClient();

        using var response = await client.PostAsync("/alliance/whatif", Requests.Json(Requests.Scenario("1978-soviet-alliance")));

        var body = await Requests.ReadObjectAsync(response);
        Assert.True((bool)body["stoppedAtBudget"]!);
        Assert.True((int)body["assessed"]! <= 5);
    }

    [Fact]
    public async Task Scenarios_ListsEveryBuiltIn()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/scenarios"));

        var scenarios = body["scenarios"]!.AsArray();
        Assert.Equal(HistoricalScenarios.All.Select(s => s.Id), scenarios.Select(s => (string?)s!["id"]));
        Assert.False((bool)scenarios.Single(s => (string?)s!["id"] == "future-sharp-deterioration")!["hasRecord"]!);
        Assert.True((bool)scenarios.Single(s => (string?)s!["id"] == "2024-09-paracels-fishermen")!["afterTheArticle"]!);
    }

    [Fact]
    public async Task Scenario_ById_PostsBackAsItIs()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/scenarios/1978-soviet-alliance"));
        var scenario = body["scenario"]!.ToJsonString();

        Assert.Equal(ScenarioJson.Serialize(HistoricalScenarios.Find("1978-soviet-alliance")!), ScenarioJson.Serialize(ScenarioJson.Parse(scenario).Value));
        using var assessed = await _client.PostAsync("/alliance/assess", Requests.Json(scenario));
        Assert.Equal("Balance", (string?)(await Requests.ReadObjectAsync(assessed))["posture"]!["value"]);
    }

    [Theory]
    [InlineData("/alliance/scenarios/no-such-episode")]
    [InlineData("/alliance/scenarios/no-such-episode/assessment")]
    public async Task Scenario_Unknown_404Problem(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", Requests.ContentType(response)?.MediaType);
        Assert.Contains("no-such-episode", (string?)(await Requests.ReadObjectAsync(response))["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScenarioAssessment_IsTheAssessmentOfTheEpisode()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/scenarios/1991-normalization/assessment"));

        Assert.Equal("Accommodate", (string?)body["posture"]!["value"]);
        Assert.Equal("1991-normalization", (string?)body["scenario"]!["id"]);
    }

    [Fact]
    public async Task Claims_AllOfTheCatalogue()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/claims"));

        var claims = body["claims"]!.AsArray();
        Assert.Equal(ClaimCatalogue.All.Select(c => c.Id), claims.Select(c => (string?)c!["id"]));
        Assert.Equal("depends overwhelmingly", (string?)claims[0]!["hedge"]);
        Assert.Null(claims[1]!["hedge"]);
    }

    [Fact]
    public async Task Rulebook_RulesWithClaimsAndDecisions()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/rulebook"));

        var assessor = new AllianceAssessor();
        Assert.Equal(RulebookVersion.Current, (string?)body["rulebook"]);
        Assert.Equal(assessor.Rules.Select(r => r.Name), body["rules"]!.AsArray().Select(r => (string?)r!["name"]));
        var capacity = body["rules"]!.AsArray().Single(r => (string?)r!["name"] == "Offers.AcceptCapacityBuildingWhileBandwagoning")!;
        Assert.Equal(["D24"], capacity["decisions"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(DecisionCatalogue.All.Select(d => d.Id), body["decisions"]!.AsArray().Select(d => (string?)d!["id"]));
        Assert.Contains(body["conclusions"]!.AsArray(), k => (string?)k!["kind"] == "Posture" && k["values"]!.AsArray().Count == 4);
        // The sections the explorer page lays out are the library's descriptors, served whole.
        var kinds = body["conclusions"]!.AsArray().Select(k => k!.AsObject()).ToArray();
        Assert.Equal(AllianceRules.Conclusions.ConclusionDescriptor.All.Select(d => (d.Kind.ToString(), d.KeySyntax, d.JsonName, d.Title, d.Within?.ToString(), d.ValueProperty)),
            kinds.Select(k => ((string)k["kind"]!, (string)k["key"]!, (string)k["section"]!, (string?)k["title"], (string?)k["within"], (string?)k["value"])));
        var risk = kinds.Single(k => (string?)k["kind"] == "Risk");
        Assert.Equal(["risk", "power"], risk["subject"]!.AsArray().Select(s => (string?)s));
        Assert.Equal([false, true], risk["optional"]!.AsArray().Select(o => (bool)o!));
        // The words for the vocabulary values, as text reports write them; the page shows these (issue 27, item 7).
        Assert.Equal("punishment on land by the neighbour", (string?)risk["phrases"]!["risk"]!["LandPunishment"]);
        Assert.Null(risk["phrases"]!["power"]);
        var response = kinds.Single(k => (string?)k["kind"] == "Response");
        Assert.Equal("alliance treaty", (string?)response["phrases"]!["kind"]!["AllianceTreaty"]);
        Assert.Equal("no claim", (string?)response["phrases"]!["decision"]!["NoClaim"]);
    }

    [Fact]
    public async Task Backtest_IsTheScorecard()
    {
        var body = await Requests.ReadObjectAsync(await _client.GetAsync("/alliance/backtest"));

        var assessor = new AllianceAssessor();
        var scorecard = Scorecard.Build(HistoricalScenarios.All, scenario => assessor.Assess(scenario));
        Assert.Equal(scorecard.Misses, (int)body["misses"]!);
        Assert.Equal(scorecard.Sets.Select(s => s.Matched), body["sets"]!.AsArray().Select(s => (int)s!["matched"]!));
        Assert.Equal(scorecard.Unrecorded.Select(e => e.Scenario), body["unrecorded"]!.AsArray().Select(e => (string?)e!["scenario"]));
    }

    public static TheoryData<string, string?> EveryEndpoint => new()
    {
        { "POST /alliance/assess", Requests.Scenario("1978-soviet-alliance") },
        { "POST /alliance/assess", "{}" },
        { "POST /alliance/explain", new JsonObject { ["scenario"] = JsonNode.Parse(Requests.Scenario("1978-soviet-alliance")), ["conclusion"] = "posture" }.ToJsonString() },
        { "POST /alliance/whatif", Requests.Scenario("1975-soviet-port-request") },
        { "GET /alliance/scenarios", null },
        { "GET /alliance/scenarios/1978-soviet-alliance", null },
        { "GET /alliance/scenarios/1978-soviet-alliance/assessment", null },
        { "GET /alliance/scenarios/nope", null },
        { "GET /alliance/claims", null },
        { "GET /alliance/rulebook", null },
        { "GET /alliance/backtest", null },
    };

    [Theory]
    [MemberData(nameof(EveryEndpoint))]
    public async Task EveryResponse_RulebookAndDecisionIdInHeaderAndBody(string endpoint, string? body)
    {
        var (method, path) = (endpoint.Split(' ')[0], endpoint.Split(' ')[1]);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : Requests.Json(body) };

        using var first = await _client.SendAsync(request);
        using var again = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body is null ? null : Requests.Json(body) });

        var json = await Requests.ReadObjectAsync(first);
        var decisionId = Requests.Header(first, AllianceRulesHeaders.DecisionId);
        Assert.True(Guid.TryParse(decisionId, out _), $"{endpoint}: '{decisionId}' is not a GUID");
        Assert.Equal(decisionId, (string?)json["decisionId"]);
        Assert.Equal(RulebookVersion.Current, Requests.Header(first, AllianceRulesHeaders.Rulebook));
        Assert.Equal(RulebookVersion.Current, (string?)json["rulebook"]);
        Assert.NotEqual(decisionId, Requests.Header(again, AllianceRulesHeaders.DecisionId));
    }

    [Fact]
    public async Task Assess_ClientCancels_AssessmentIsCancelled()
    {
        var assessor = new BlockingAssessor();
        using var blocking = factory.WithWebHostBuilder(host => host.ConfigureTestServices(services =>
        {
            services.RemoveAll<IAllianceAssessor>();
            services.AddSingleton<IAllianceAssessor>(assessor);
        }));
        using var client = blocking.CreateClient();
        using var cancel = new CancellationTokenSource();

        var request = client.PostAsync("/alliance/assess", Requests.Json(Requests.Scenario("1978-soviet-alliance")), cancel.Token);
        await assessor.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
        await assessor.Cancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }
}
