using System.Globalization;
using System.Text;
using AllianceRules.Testing;

namespace AllianceRules.Rendering;

/// <summary>
/// Renders a run of scenario tests as plain text: one line per case (<c>PASS</c> or <c>FAIL</c>,
/// file and name), under each failed case every expectation it missed with what was drawn and the
/// rules and claims behind it, then a summary and, if asked, the coverage.
/// </summary>
public static class ScenarioTestReport
{
    /// <summary>Renders a run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="coverage">Whether to add the rule and claim coverage, with what was not covered, by name.</param>
    /// <returns>The text.</returns>
    public static string RenderText(ScenarioTestRun run, bool coverage)
    {
        ArgumentNullException.ThrowIfNull(run);
        var text = new StringBuilder();
        foreach (var result in run.Results)
        {
            text.Append(result.Passed ? "PASS " : "FAIL ").Append(result.Test.File).Append(": ").Append(result.Test.Name).Append('\n');
            if (result.Error is { } error)
            {
                text.Append("  ").Append(error).Append('\n');
            }

            foreach (var failure in result.Failures)
            {
                AppendFailure(text, failure);
            }
        }

        var files = run.Results.Select(r => r.Test.File).Distinct(StringComparer.Ordinal).Count();
        text.Append('\n').Append(Count(run.Results.Count, "case")).Append(" in ").Append(Count(files, "file")).Append(": ")
            .Append(run.Passed).Append(" passed, ").Append(run.Failed).Append(" failed\n");
        if (coverage)
        {
            text.Append(RenderCoverage(run.Coverage));
        }

        // Case names and file paths come from the test files, errors from the rules (an amendment's
        // among them): nothing in them may act on the terminal.
        return Scenarios.Names.InertLines(text.ToString());
    }

    /// <summary>Renders coverage: the percentages, then the rules that did not fire and the claims not exercised, by name.</summary>
    /// <param name="coverage">The coverage.</param>
    /// <returns>The text.</returns>
    public static string RenderCoverage(TheoryCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(coverage);
        var text = new StringBuilder();
        text.Append("\nCoverage: ").Append(coverage.RulesFired.Count).Append(" of ").Append(Count(coverage.Rules, "rule")).Append(" fired (")
            .Append(Percent(coverage.RulePercent)).Append("); ")
            .Append(coverage.ClaimsExercised.Count).Append(" of the ").Append(Count(coverage.Claims, "claim")).Append(" the rules carry exercised (")
            .Append(Percent(coverage.ClaimPercent)).Append(")\n");
        AppendNames(text, "Rules that did not fire", coverage.RulesNotFired);
        AppendNames(text, "Claims not exercised", coverage.ClaimsNotExercised);
        return text.ToString();
    }

    /// <summary>A percentage as the reports write it: one decimal, such as <c>97.1%</c>.</summary>
    /// <param name="percent">The percentage, 0 to 100.</param>
    /// <returns>The text.</returns>
    public static string Percent(double percent) => string.Create(CultureInfo.InvariantCulture, $"{percent:0.0}%");

    private static void AppendFailure(StringBuilder text, ExpectationFailure failure)
    {
        var expectation = failure.Expectation;
        text.Append("  ").Append(expectation.Subject);
        if (expectation.Kind != ExpectationKind.Value)
        {
            text.Append(" (").Append(expectation.Kind.ToString().ToLowerInvariant()).Append(')');
        }

        text.Append(": expected ").Append(failure.Expected).Append(", actual ").Append(failure.Actual).Append('\n');
        if (expectation.Kind == ExpectationKind.Value)
        {
            text.Append("    ").Append(failure.Drawn.Count == 0 ? "no rule drew it" : DrawnBy(failure.Drawn[0])).Append('\n');
            return;
        }

        foreach (var missing in failure.Missing)
        {
            text.Append("    missing ").Append(missing).Append(": no rule drew it\n");
        }

        var label = expectation.Kind == ExpectationKind.Exactly ? "unexpected" : "drawn";
        foreach (var drawn in failure.Drawn)
        {
            text.Append("    ").Append(label).Append(' ').Append(expectation.List!.ItemOf(drawn.Key)).Append(": ").Append(DrawnBy(drawn)).Append('\n');
        }
    }

    // A response of NoClaim is drawn by no rule: it is what is left where the article says nothing.
    private static string DrawnBy(DrawnConclusion drawn) =>
        drawn.Rules.Count == 0
            ? "no rule drew it"
            : $"drawn by {string.Join(", ", drawn.Rules)}{(drawn.Claims.Count == 0 ? "" : $" (claims {string.Join(", ", drawn.Claims)})")}";

    private static void AppendNames(StringBuilder text, string title, IReadOnlyList<string> names)
    {
        text.Append(title).Append(" (").Append(names.Count).Append(')').Append(names.Count == 0 ? ": none\n" : ":\n");
        foreach (var name in names)
        {
            text.Append("  ").Append(name).Append('\n');
        }
    }

    private static string Count(int n, string noun) => string.Create(CultureInfo.InvariantCulture, $"{n} {noun}{(n == 1 ? "" : "s")}");
}
