using AllianceRules;

// The decision service and its explorer page: the rulebook over HTTP at /alliance, its OpenAPI
// document at /openapi/v1.json, and a page in wwwroot that calls the API (docs/web.md).
var builder = WebApplication.CreateBuilder(args);

// One assessor per process: the rules compile once and serve every request on every thread.
builder.Services.AddAllianceRules(builder.Configuration);
// The service's bounds (cost classes, time limits, search budget, answer size) from the
// AllianceRulesService section, so that an operator sets them as any other setting
// (AllianceRulesService__CostlyConcurrency=4 in the environment; a misspelt key is an error when
// the endpoints are mapped); docs/web.md lists them.
builder.Services.AddOptions<AllianceRulesServiceOptions>()
    .Bind(builder.Configuration.GetSection("AllianceRulesService"), binder => binder.ErrorOnUnknownConfiguration = true);
// Ready once the rulebook is compiled (GET /health/ready), alive while it serves (GET /health/live).
builder.Services.AddAllianceRulesHealthChecks();
// After a flood, the heap is given back once the service is idle (IdleMemoryTrimmer; docs/web.md).
builder.Services.AddHostedService<WebExplorer.IdleMemoryTrimmer>();
builder.Services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
{
    document.Info.Title = "AllianceRules decision service";
    document.Info.Description = $"The AllianceRules rulebook over HTTP (docs/web.md); rulebook {RulebookVersion.Current}.";
    // No server URL: the document is committed to docs/, and a client calls the host it read it from.
    document.Servers = [];
    return Task.CompletedTask;
}));
builder.Services.AddProblemDetails();

var app = builder.Build();

app.Use(async (context, next) =>
{
    // The page loads only its own files and never runs inline script: a name that slipped into
    // markup could not execute. The page renders every name as text in any case.
    context.Response.Headers.ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    context.Response.Headers.XContentTypeOptions = "nosniff";
    context.Response.Headers["Referrer-Policy"] = "no-referrer";
    await next(context);
});
app.UseDefaultFiles();
app.UseStaticFiles();

app.MapOpenApi();
app.MapAllianceRules("/alliance");
app.MapAllianceRulesHealth("/health");

try
{
    app.Run();
}
catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
{
    // One line a person can act on, not the host's trace (appsettings.json keeps the host from
    // logging it too): which port is taken and how to pick another.
    var urls = builder.Configuration["urls"] ?? "http://localhost:5080";
    var first = urls.Split(';')[0].Trim().Replace("*", "localhost", StringComparison.Ordinal).Replace("+", "localhost", StringComparison.Ordinal);
    var port = Uri.TryCreate(first, UriKind.Absolute, out var uri) ? uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) : urls;
    Console.Error.WriteLine($"error: port {port} is in use; run with --urls http://localhost:PORT (for example: dotnet run --project samples/WebExplorer -- --urls http://localhost:5081)");
    return 1;
}

return 0;
