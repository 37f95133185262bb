using System.Text.Json;
using AllianceRules.AspNetCore.Contracts;
using AllianceRules.AspNetCore.OpenApi;
using AllianceRules.Backtesting;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The endpoints of the decision service. Each handler reads its input as the library does, asks
/// the registered assessor with the request's cancellation token, and answers with the library's
/// own JSON; the <see cref="DecisionFilter"/> around them adds the decision ID and rulebook version.
/// </summary>
internal static class AllianceRulesApi
{
    public const string Tag = "AllianceRules";

    /// <remarks>Each endpoint ends with <c>WithDecisionHeaders</c>: OpenAPI transformers run in the order added, so it sees every response.</remarks>
    public static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, string prefix)
    {
        var options = endpoints.ServiceProvider.GetService<IOptions<AllianceRulesServiceOptions>>()?.Value ?? new AllianceRulesServiceOptions();
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InvalidOperationException("AllianceRulesServiceOptions: " + string.Join(" ", problems));
        }

        var cheap = RequestBounds.Cheap(options);
        var costly = RequestBounds.Costly(options);
        var limits = new AnswerLimits(options);
        var group = endpoints.MapGroup(prefix);
        group.AddEndpointFilter<DecisionFilter>();
        group.WithTags(Tag);

        group.MapPost("assess", (HttpContext http, IAllianceAssessor assessor) => AssessAsync(http, assessor, limits))
            .WithName("AllianceRules.Assess")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Assess a scenario")
            .WithDescription("Draws every conclusion of the rulebook for the scenario in the body (docs/scenario-format.md): posture, responses, needs, commitments, risks, outlook and advice, each with its claims, decisions and justification, and the backtest when the scenario records an outcome. The body is the library's assessment JSON with decisionId added.")
            .AcceptsScenario()
            .ProducesLibraryDocument(ApiSchemas.Assessment)
            .ProducesBodyProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithDecisionHeaders();

        group.MapPost("explain", (HttpContext http, IAllianceAssessor assessor) => ExplainAsync(http, limits.Searching(assessor), limits))
            .WithName("AllianceRules.Explain")
            .AddEndpointFilter(costly)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("Why a conclusion was drawn, or why not")
            .WithDescription("Explains one conclusion of a scenario. The body is { \"scenario\": { … }, \"conclusion\": \"key\" or \"key=value\" } (docs/explanations.md): for the value drawn, the justification; for another value, what stands in the way and the smallest changes to the input that would draw it, searched within the service's budget. The search never changes the roles or a land border between a great power and the neighbour (decision D33; \"varyThirdPartyGeography\": true lets it), nor what \"fix\" lists ([\"relation.level\", \"powers[United States].avoidsLandWar\"]); the answer's \"fixed\" says what was held. Errors in the scenario are keyed by their path in the body ($.scenario.offers[0].from).")
            .AcceptsExplainRequest()
            .ProducesLibraryDocument(ApiSchemas.Explanation)
            .ProducesBodyProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithDecisionHeaders();

        group.MapPost("whatif", (HttpContext http, IAllianceAssessor assessor) => WhatIfAsync(http, limits.Searching(assessor), limits))
            .WithName("AllianceRules.WhatIf")
            .AddEndpointFilter(costly)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .WithSummary("What would flip each conclusion")
            .WithDescription("For every conclusion of the scenario, the smallest changes to the input (one, else two) that give it another value, searched within the service's budget (stoppedAtBudget says when the search was cut short). The body is the scenario, or { \"scenario\": { … } } with \"fix\" and \"varyThirdPartyGeography\" as for explain: the search never changes the roles, a land border between a great power and the neighbour (decision D33), or what \"fix\" lists; the answer's \"fixed\" says what was held. In an envelope, errors in the scenario are keyed by their path in the body ($.scenario.offers[0].from).")
            .AcceptsWhatIfRequest()
            .ProducesLibraryDocument(ApiSchemas.WhatIf)
            .ProducesBodyProblems()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithDecisionHeaders();

        group.MapGet("scenarios", ListScenarios)
            .WithName("AllianceRules.ListScenarios")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("The built-in episodes")
            .WithDescription("Every built-in episode: ID, title, date, whether it records an outcome (and so is backtested) and whether it came after the article.")
            .Produces<ScenarioListResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        group.MapGet("scenarios/{id}", GetScenario)
            .WithName("AllianceRules.GetScenario")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("One built-in episode, as a scenario")
            .WithDescription("The episode in the scenario format, under \"scenario\": post it (edited or not) to assess, explain or whatif.")
            .WithScenarioSchema()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        group.MapGet("scenarios/{id}/assessment", AssessBuiltIn)
            .WithName("AllianceRules.AssessScenario")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("The assessment of a built-in episode")
            .WithDescription("As POST assess with the episode as the body.")
            .ProducesLibraryDocument(ApiSchemas.Assessment)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        group.MapGet("claims", ListClaims)
            .WithName("AllianceRules.ListClaims")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("The article's claims")
            .WithDescription("The claims C01–C56 the conclusions cite: each with its paragraphs, its kind, its paraphrase and the article's hedge where it has one.")
            .Produces<ClaimsResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        group.MapGet("rulebook", GetRulebook)
            .WithName("AllianceRules.GetRulebook")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("The rulebook")
            .WithDescription("The rules the service applies (claims switched off are absent, amendments present), each with its claims and decisions; every interpretive decision (D1, D2, …); the kinds of conclusion with the values an explain question may ask about; and the version.")
            .Produces<RulebookResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        group.MapGet("backtest", GetBacktest)
            .WithName("AllianceRules.GetBacktest")
            .AddEndpointFilter(cheap)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout)
            .AddEndpointFilter<RevalidateFilter>()
            .WithSummary("The rulebook against the record")
            .WithDescription("The scorecard of the built-in episodes (docs/backtest.md): the article's evidence (fit) and the episodes after the article (test), each episode with its misses and the rules, claims and decisions behind each.")
            .Produces<BacktestResponse>()
            .Produces(StatusCodes.Status304NotModified)
            .WithDecisionHeaders();

        return group;
    }

    private static Task<Results<JsonBody, ValidationProblem, ProblemHttpResult>> AssessAsync(HttpContext http, IAllianceAssessor assessor, AnswerLimits limits) =>
        AnswerAsync(http, ReadScenario, scenario =>
        {
            var assessment = assessor.Assess(scenario, http.RequestAborted);
            return limits.Answer(http, ResponseSize.Of(assessment), () => JsonBody.Document(http, AssessmentJson.Serialize(assessment), hasRulebook: true));
        });

    /// <param name="http">The request.</param>
    /// <param name="assessor">The assessor with the service's search budget (<see cref="AnswerLimits.Searching"/>).</param>
    /// <param name="limits">The size of the answer.</param>
    private static Task<Results<JsonBody, ValidationProblem, ProblemHttpResult>> ExplainAsync(HttpContext http, IAllianceAssessor assessor, AnswerLimits limits) =>
        AnswerAsync(http, SearchRequest.ReadExplain, request =>
        {
            try
            {
                var explanation = assessor.Explain(request.Scenario, request.Conclusion!, request.Search, cancellationToken: http.RequestAborted);
                return limits.Answer(http, ResponseSize.Of(explanation), () => JsonBody.Document(http, AssessmentJson.Serialize(explanation), hasRulebook: false));
            }
            catch (FormatException ex)
            {
                // The question names no conclusion, or a value its kind cannot take: the message lists the choices.
                return Problems.Invalid(http, [new ScenarioError(SearchRequest.ConclusionPath, ex.Message)]);
            }
        });

    /// <param name="http">The request.</param>
    /// <param name="assessor">The assessor with the service's search budget (<see cref="AnswerLimits.Searching"/>).</param>
    /// <param name="limits">The size of the answer.</param>
    private static Task<Results<JsonBody, ValidationProblem, ProblemHttpResult>> WhatIfAsync(HttpContext http, IAllianceAssessor assessor, AnswerLimits limits) =>
        AnswerAsync(http, SearchRequest.ReadWhatIf, request =>
        {
            var whatIf = assessor.Explore(request.Scenario, request.Search, cancellationToken: http.RequestAborted);
            return limits.Answer(http, ResponseSize.Of(whatIf), () => JsonBody.Document(http, AssessmentJson.Serialize(whatIf), hasRulebook: false));
        });

    /// <summary>
    /// The shape every POST shares: read the body within its bounds, parse it (a refusal names
    /// the JSON path), and only then answer.
    /// </summary>
    private static async Task<Results<JsonBody, ValidationProblem, ProblemHttpResult>> AnswerAsync<TRequest>(
        HttpContext http,
        Func<byte[], TRequest> read,
        Func<TRequest, Results<JsonBody, ValidationProblem, ProblemHttpResult>> answer)
    {
        var (body, refusal) = await RequestBody.ReadAsync(http);
        if (refusal is not null)
        {
            return refusal;
        }

        TRequest request;
        try
        {
            request = read(body!);
        }
        catch (ScenarioValidationException ex)
        {
            return Problems.Invalid(http, ex.Errors);
        }

        return answer(request);
    }

    private static JsonBody ListScenarios(HttpContext http) =>
        JsonBody.Of(
            new ScenarioListResponse(
                Decision.Of(http).Id,
                Decision.Rulebook,
                [.. HistoricalScenarios.All.Select(s => new ScenarioListItem(
                    s.Id!,
                    s.Title,
                    s.Date,
                    s.Observed is not null,
                    HistoricalScenarios.IsAfterTheArticle(s),
                    s.Claims))]),
            WebJson.ScenarioListResponse);

    private static Results<JsonBody, ProblemHttpResult> GetScenario(HttpContext http, string id)
    {
        if (HistoricalScenarios.Find(id) is not { } scenario)
        {
            return Problems.NoSuchScenario(http, id);
        }

        using var document = JsonDocument.Parse(ScenarioJson.Serialize(scenario));
        return JsonBody.Of(
            new ScenarioResponse(Decision.Of(http).Id, Decision.Rulebook, document.RootElement),
            WebJson.ScenarioResponse);
    }

    private static Results<JsonBody, ProblemHttpResult> AssessBuiltIn(HttpContext http, string id, IAllianceAssessor assessor) =>
        HistoricalScenarios.Find(id) is { } scenario
            ? JsonBody.Document(http, AssessmentJson.Serialize(assessor.Assess(scenario, http.RequestAborted)), hasRulebook: true)
            : Problems.NoSuchScenario(http, id);

    private static JsonBody ListClaims(HttpContext http) =>
        JsonBody.Of(
            new ClaimsResponse(
                Decision.Of(http).Id,
                Decision.Rulebook,
                [.. ClaimCatalogue.All.Select(c => new ClaimItem(c.Id, c.Paragraphs, c.Kind.ToString(), c.Text, c.Hedge))]),
            WebJson.ClaimsResponse);

    private static JsonBody GetRulebook(HttpContext http, IAllianceAssessor assessor) =>
        JsonBody.Of(
            new RulebookResponse(
                Decision.Of(http).Id,
                Decision.Rulebook,
                [.. assessor.Rules.Select(r => new RuleItem(r.Name, r.Section, r.Description, r.Claims, r.Decisions))],
                [.. DecisionCatalogue.All.Select(d => new DecisionItem(d.Id, d.Title, d.Claims, d.AddsContent, d.Text))],
                [.. ConclusionDescriptor.All.Select(ConclusionKind)]),
            WebJson.RulebookResponse);

    private static ConclusionKindItem ConclusionKind(ConclusionDescriptor kind) =>
        new(kind.Kind.ToString(), kind.Values, kind.KeySyntax, kind.JsonName, kind.Title, kind.Within?.ToString(), kind.HoldsOne, kind.Subject, kind.Optional, kind.ValueProperty, PhrasesOf(kind));

    /// <summary>The words for the vocabulary values a kind's subject and value properties take, by JSON property name (ordered, as every list the API gives).</summary>
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2075", Justification = "ConclusionFindingAttribute keeps the finding types' public properties.")]
    private static SortedDictionary<string, IReadOnlyDictionary<string, string>> PhrasesOf(ConclusionDescriptor kind)
    {
        var phrases = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var name in kind.Subject.Append(kind.ValueProperty).OfType<string>())
        {
            var property = kind.FindingType.GetProperties().FirstOrDefault(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name) == name);
            var type = property is null ? null : Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            if (type is { IsEnum: true })
            {
                phrases[name] = Enum.GetValues(type).Cast<Enum>().ToDictionary(value => value.ToString(), Phrases.Of, StringComparer.Ordinal);
            }
        }

        return phrases;
    }


    private static JsonBody GetBacktest(HttpContext http, IAllianceAssessor assessor)
    {
        var scorecard = Scorecard.Build(HistoricalScenarios.All, scenario => assessor.Assess(scenario, http.RequestAborted));
        return JsonBody.Of(
            new BacktestResponse(Decision.Of(http).Id, scorecard.Rulebook, scorecard.Sets, scorecard.Unrecorded, scorecard.Misses),
            WebJson.BacktestResponse);
    }

    private static ValidScenario ReadScenario(byte[] body)
    {
        using var stream = new MemoryStream(body, writable: false);
        return ScenarioJson.Read(stream);
    }
}
