using System.Text;
using AllianceRules.Claims;
using AllianceRules.Scenarios;

namespace AllianceRules.Tests.Support;

/// <summary>
/// Builds docs/claims.md: for every claim of the catalogue, the rules that encode it, the built-in
/// scenarios that exercise it and the tests that hold it: the files of tests/theory whose cases fire
/// one of its rules, and the episodes' snapshots. Generated, never edited by hand.
/// </summary>
internal static class ClaimsDoc
{
    public const string RelativePath = "docs/claims.md";

    public sealed record Trace(Claim Claim, IReadOnlyList<RuleDescription> Rules, IReadOnlyList<string> Scenarios, IReadOnlyList<string> Tests);

    public static IReadOnlyList<Trace> Traces()
    {
        var rules = TestEngine.Assessor.Rules;
        var exercised = HistoricalScenarios.All.ToDictionary(s => s.Id!, s => ClaimsExercisedBy(s));
        var theory = TheoryExpectations.Shared.Results
            .GroupBy(r => Path.GetFileName(r.Test.File))
            .Select(g => (File: g.Key, Fired: g.SelectMany(r => r.RulesFired).ToHashSet(StringComparer.Ordinal)))
            .OrderBy(f => f.File, StringComparer.Ordinal)
            .ToArray();
        return ClaimCatalogue.All
            .Select(claim =>
            {
                var encoding = rules.Where(r => r.Claims.Contains(claim.Id)).ToArray();
                var scenarios = HistoricalScenarios.All.Where(s => exercised[s.Id!].Contains(claim.Id)).Select(s => s.Id!).ToArray();
                var tests = theory.Where(f => encoding.Any(r => f.Fired.Contains(r.Name))).Select(f => $"theory/{f.File}")
                    .Concat(scenarios.Length > 0 ? ["HistoricalScenariosSnapshotTests", "BacktestTests"] : [])
                    .ToArray();
                return new Trace(claim, encoding, scenarios, tests);
            })
            .ToArray();
    }

    /// <summary>The claims a scenario lists itself and every claim its assessment cites.</summary>
    public static HashSet<string> ClaimsExercisedBy(Scenario scenario)
    {
        // Every finding of every kind: a new kind is counted without being named here.
        var cited = TestEngine.Assess(scenario).Findings.SelectMany(f => f.Claims);
        return [.. scenario.Claims.Concat(cited)];
    }

    public static string Render()
    {
        var traces = Traces();
        var text = new StringBuilder();
        text.Append("# Claims: from the article to the code and back\n\n");
        text.Append("Generated from the claim catalogue (`src/AllianceRules/Claims/claims.json`), the rules' tags and the\n");
        text.Append("built-in scenarios by `ClaimCoverageTests`; do not edit by hand. After changing a rule, a claim or a\n");
        text.Append("scenario, regenerate it with the accept command, `ALLIANCERULES_ACCEPT=true dotnet test`.\n\n");
        var byKind = traces.GroupBy(t => t.Claim.Kind).ToDictionary(g => g.Key, g => g.Count());
        text.Append($"{traces.Count} claims: {byKind.GetValueOrDefault(ClaimKind.Rule)} rule, {byKind.GetValueOrDefault(ClaimKind.Evidence)} evidence, ");
        text.Append($"{byKind.GetValueOrDefault(ClaimKind.Background)} background; ");
        text.Append($"{traces.Count(t => t.Rules.Count > 0 || t.Scenarios.Count > 0)} traced to rules or scenarios.\n\n");
        text.Append("Where the article hedges, the paraphrase keeps the hedge and the hedge column gives the article's\n");
        text.Append($"own modal words ({traces.Count(t => t.Claim.Hedge is not null)} claims); reports print them beside the claim, as in `C12 ¶6 (\"likely to arouse\")`.\n\n");
        text.Append("| ID | ¶ | kind | claim | hedge | rules | built-in scenarios | tests |\n");
        text.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var trace in traces)
        {
            var claim = trace.Claim;
            text.Append($"| {claim.Id} | {string.Join(", ", claim.Paragraphs)} | {claim.Kind.ToString().ToLowerInvariant()} | {claim.Text.Replace("|", "\\|", StringComparison.Ordinal)} | ");
            text.Append(claim.Hedge is { } hedge ? $"\"{hedge}\"" : "—").Append(" | ");
            text.Append(List(trace.Rules.Select(r => r.Name))).Append(" | ");
            text.Append(List(trace.Scenarios)).Append(" | ");
            text.Append(List(trace.Tests)).Append(" |\n");
        }

        return text.ToString();
    }

    private static string List(IEnumerable<string> items)
    {
        var list = items.Select(i => $"`{i}`").ToArray();
        return list.Length == 0 ? "—" : string.Join("<br>", list);
    }
}
