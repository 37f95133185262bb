using System.Globalization;
using AllianceRules.Scenarios;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>The service's RFC 9457 problem details, each with the response's decision ID and rulebook version.</summary>
internal static class Problems
{
    /// <summary>
    /// 400: the input is not a valid scenario (or request). <c>errors</c> maps each JSON path of the
    /// body sent to its problems, in document order; <c>detail</c> is the first problem as the CLI prints it.
    /// </summary>
    public static ValidationProblem Invalid(HttpContext http, IReadOnlyList<ScenarioError> errors)
    {
        // The first MaxProblems, in document order: a body of a million unknown properties must
        // not come back as a million problems (one request made an 18 MB answer before).
        var byPath = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var error in errors.Take(MaxProblems))
        {
            byPath[error.Path] = byPath.TryGetValue(error.Path, out var before) ? [.. before, error.Message] : [error.Message];
        }

        var first = errors.Count > 0 ? errors[0].ToString() : "the request is invalid";
        var extensions = Extensions(http);
        if (errors.Count > MaxProblems)
        {
            extensions["moreProblems"] = errors.Count - MaxProblems;
        }

        return TypedResults.ValidationProblem(
            byPath,
            detail: errors.Count <= 1 ? first : string.Create(CultureInfo.InvariantCulture, $"{first} (and {errors.Count - 1} more)"),
            title: "The scenario is invalid",
            extensions: extensions);
    }

    /// <summary>The most problems one response lists; <c>moreProblems</c> counts the rest.</summary>
    public const int MaxProblems = ScenarioValidationException.MaxListed;

    /// <summary>413: the body is larger than a scenario may be, refused before it is parsed.</summary>
    public static ProblemHttpResult TooLarge(HttpContext http) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status413PayloadTooLarge,
            title: "The request body is too large",
            detail: string.Create(CultureInfo.InvariantCulture, $"the input is larger than {ScenarioJson.MaxInputBytes} bytes, the most a scenario may be"),
            extensions: Extensions(http));

    /// <summary>
    /// 422: the answer would be larger than the service sends (<see cref="AllianceRulesServiceOptions.MaxResponseBytes"/>),
    /// refused before its JSON is built when the estimate says so, else once built.
    /// </summary>
    public static ProblemHttpResult AnswerTooLarge(HttpContext http, long bytes, bool estimated, long limit)
    {
        var extensions = Extensions(http);
        extensions[estimated ? "estimatedBytes" : "bytes"] = bytes;
        extensions["maxResponseBytes"] = limit;
        return TypedResults.Problem(
            statusCode: StatusCodes.Status422UnprocessableEntity,
            title: "The answer would be too large",
            detail: string.Create(
                CultureInfo.InvariantCulture,
                $"the answer would take {(estimated ? "about " : "")}{bytes} bytes, more than the {limit} this service sends; ask a narrower question (explain one conclusion rather than what-if) or send a smaller scenario"),
            extensions: extensions);
    }

    /// <summary>415: the body is not declared as JSON.</summary>
    public static ProblemHttpResult NotJson(HttpContext http) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The request body must be JSON",
            detail: $"send the body with Content-Type: application/json, not {(http.Request.ContentType is { } type ? Names.Quote(type) : "none")}",
            extensions: Extensions(http));

    /// <summary>415: the body is declared JSON in a charset other than UTF-8.</summary>
    public static ProblemHttpResult NotUtf8(HttpContext http, string charset) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status415UnsupportedMediaType,
            title: "The request body must be UTF-8",
            detail: $"send the body as UTF-8 (Content-Type: application/json; charset=utf-8), not charset {Names.Quote(charset)}",
            extensions: Extensions(http));

    /// <summary>404: no built-in scenario has the ID.</summary>
    public static ProblemHttpResult NoSuchScenario(HttpContext http, string id) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "No such built-in scenario",
            detail: $"no built-in scenario has the ID {Names.Quote(id)}; GET scenarios lists them",
            extensions: Extensions(http));

    /// <summary>429: a costly request found no place; <c>Retry-After</c> says when to try again.</summary>
    public static ProblemHttpResult TooBusy(HttpContext http, string why) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many searches at once",
            detail: $"{why}; try again after the time in Retry-After",
            extensions: Extensions(http));

    /// <summary>504: the request ran past its class's time limit and was cancelled.</summary>
    public static ProblemHttpResult TimedOut(HttpContext http, string costClass, TimeSpan limit) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status504GatewayTimeout,
            title: "The request took too long",
            detail: string.Create(CultureInfo.InvariantCulture, $"a {costClass} request may run for {limit.TotalSeconds:0.###} s; this one was stopped there"),
            extensions: Extensions(http));

    /// <summary>500: the rule set misbehaved (only an amended rule set can); the message names the rule.</summary>
    public static ProblemHttpResult RulebookFailed(HttpContext http, string message) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status500InternalServerError,
            title: "The rulebook failed on this scenario",
            detail: message,
            extensions: Extensions(http));

    private static Dictionary<string, object?> Extensions(HttpContext http) => new(StringComparer.Ordinal)
    {
        ["decisionId"] = Decision.Of(http).Id,
        ["rulebook"] = Decision.Rulebook,
    };

    /// <summary>A path of a scenario as a path of the request body, where the scenario sits at <paramref name="root"/>.</summary>
    public static string Rebase(string path, string root) =>
        root == "$" || !path.StartsWith('$') ? path : root + path[1..];
}
