using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.OpenApi;

namespace AllianceRules.AspNetCore.OpenApi;

/// <summary>
/// The OpenAPI description of the endpoints' bodies and headers. The bodies are read and written
/// by the library, not bound by ASP.NET Core, so the operations are described here rather than
/// inferred from handler parameters.
/// </summary>
internal static class EndpointDocs
{
    private const string Json = "application/json";

    /// <summary>The body is a scenario (assess, whatif).</summary>
    public static RouteHandlerBuilder AcceptsScenario(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.RequestBody = Body(ApiSchemas.Reference(context.Document!, ApiSchemas.Scenario), "The scenario (docs/scenario-format.md), at most 1 MiB.");
            return Task.CompletedTask;
        });

    /// <summary>The body is a scenario and a question (explain).</summary>
    public static RouteHandlerBuilder AcceptsExplainRequest(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.RequestBody = Body(ApiSchemas.Reference(context.Document!, ApiSchemas.ExplainRequest), "The scenario and the conclusion asked about, at most 1 MiB.");
            return Task.CompletedTask;
        });

    /// <summary>The body is a scenario, or a scenario with what the search may not change (what-if).</summary>
    public static RouteHandlerBuilder AcceptsWhatIfRequest(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            var body = Body(
                new OpenApiSchema { OneOf = [ApiSchemas.Reference(context.Document!, ApiSchemas.Scenario), ApiSchemas.Reference(context.Document!, ApiSchemas.WhatIfRequest)] },
                "The scenario (docs/scenario-format.md), or { \"scenario\": { … }, \"fix\": [ … ] } to hold inputs fixed; at most 1 MiB.");
            operation.RequestBody = body;
            return Task.CompletedTask;
        });

    /// <summary>200 with a document the library writes, described by the named schema.</summary>
    public static RouteHandlerBuilder ProducesLibraryDocument(this RouteHandlerBuilder builder, string schema) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "OK",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Json] = new() { Schema = ApiSchemas.Reference(context.Document!, schema) },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>GET scenarios/{id}: the <c>scenario</c> property is a scenario document.</summary>
    public static RouteHandlerBuilder WithScenarioSchema(this RouteHandlerBuilder builder) =>
        builder.AddOpenApiOperationTransformer((operation, context, _) =>
        {
            operation.Responses ??= [];
            operation.Responses["200"] = new OpenApiResponse
            {
                Description = "OK",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal)
                {
                    [Json] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal)
                            {
                                ["decisionId"] = new OpenApiSchema { Type = JsonSchemaType.String },
                                ["rulebook"] = new OpenApiSchema { Type = JsonSchemaType.String },
                                ["scenario"] = ApiSchemas.Reference(context.Document!, ApiSchemas.Scenario),
                            },
                            Required = new HashSet<string>(StringComparer.Ordinal) { "decisionId", "rulebook", "scenario" },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });

    /// <summary>The problems a request body can meet: 400 (invalid, keyed by JSON path), 413 (too large), 415 (not JSON, or not UTF-8).</summary>
    public static RouteHandlerBuilder ProducesBodyProblems(this RouteHandlerBuilder builder) =>
        builder
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

    /// <summary>Every response carries the rulebook version and the decision ID.</summary>
    public static TBuilder WithDecisionHeaders<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
            {
                if (response is OpenApiResponse concrete)
                {
                    concrete.Headers ??= new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal);
                    concrete.Headers[AllianceRulesHeaders.Rulebook] = new OpenApiHeader
                    {
                        Description = "The rulebook version that drew the response.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                    concrete.Headers[AllianceRulesHeaders.DecisionId] = new OpenApiHeader
                    {
                        Description = "This response's ID, also decisionId in the body.",
                        Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    };
                }
            }

            return Task.CompletedTask;
        });

    private static OpenApiRequestBody Body(IOpenApiSchema schema, string description) => new()
    {
        Required = true,
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [Json] = new() { Schema = schema } },
    };
}
