using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AllianceRules.AspNetCore.Endpoints;

/// <summary>
/// The work and size bounds of the service's answers: searches run within the service's budget
/// (<see cref="AllianceRulesServiceOptions.MaxSearchAssessments"/>, lower than the library's by
/// default), and an answer whose JSON would pass <see cref="AllianceRulesServiceOptions.MaxResponseBytes"/>
/// is refused before it is built.
/// </summary>
internal sealed class AnswerLimits(AllianceRulesServiceOptions options)
{
    // One reference, so that requests on other threads read a whole pair or none.
    private Pair? _searching;

    /// <summary>
    /// The assessor to search with: the library's assessor with the smaller of its budget and the
    /// service's, each search on one thread (so that <see cref="AllianceRulesServiceOptions.CostlyConcurrency"/>
    /// bounds the cores searches take), sharing its compiled rules. An assessor of the app's own
    /// keeps its own bounds.
    /// </summary>
    public IAllianceAssessor Searching(IAllianceAssessor registered)
    {
        if (_searching is { } known && ReferenceEquals(known.Registered, registered))
        {
            return known.Searching;
        }

        var searching = registered is AllianceAssessor library ? library.WithSearchBudget(options.MaxSearchAssessments) : registered;
        _searching = new Pair(registered, searching);
        return searching;
    }

    /// <summary>The answer's JSON body, or 422 when its estimated size (<see cref="ResponseSize"/>), or failing that the size built, passes the limit.</summary>
    public Results<JsonBody, ValidationProblem, ProblemHttpResult> Answer(HttpContext http, long estimatedBytes, Func<JsonBody> build)
    {
        if (estimatedBytes > options.MaxResponseBytes)
        {
            return Problems.AnswerTooLarge(http, estimatedBytes, estimated: true, options.MaxResponseBytes);
        }

        var body = build();
        return body.Length > options.MaxResponseBytes
            ? Problems.AnswerTooLarge(http, body.Length, estimated: false, options.MaxResponseBytes)
            : body;
    }

    private sealed record Pair(IAllianceAssessor Registered, IAllianceAssessor Searching);
}
