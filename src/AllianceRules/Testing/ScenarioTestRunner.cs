using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Engine;
using AllianceRules.Scenarios;

namespace AllianceRules.Testing;

/// <summary>
/// Runs scenario tests against a rulebook: the article's, or one amended by options. Each test's
/// switched-off claims and rules are switched off on top of the rulebook's; every distinct set is
/// compiled once per runner.
/// </summary>
/// <threadsafety>Safe for concurrent callers: compiled rulebooks are shared and read-only.</threadsafety>
public sealed class ScenarioTestRunner
{
    private readonly AllianceRulesOptions _options;
    private readonly ConcurrentDictionary<string, Lazy<RulebookHost>> _assessors = new(StringComparer.Ordinal);

    /// <summary>Runs tests against the article's rulebook as it stands.</summary>
    public ScenarioTestRunner()
        : this(new AllianceRulesOptions())
    {
    }

    /// <summary>Runs tests against the rulebook the options compile (claims or rules switched off, amendments added).</summary>
    /// <param name="options">The rulebook; copied, so later changes to it do not reach the runner.</param>
    public ScenarioTestRunner(AllianceRulesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Copy();
        // A failure names the rules behind what was drawn, so the justification is captured.
        _options.CaptureJustification = true;
    }

    /// <summary>The rules of the rulebook the tests run against, ordered by name: what coverage is measured over.</summary>
    public IReadOnlyList<RuleDescription> Rules => AssessorFor([], []).Rules;

    /// <summary>Runs tests in order and measures the coverage of the rulebook over all of them.</summary>
    /// <param name="tests">The tests, as <see cref="ScenarioTestJson"/> reads them.</param>
    /// <returns>Each test's result, in order, and the coverage.</returns>
    public ScenarioTestRun Run(IEnumerable<ScenarioTest> tests)
    {
        ArgumentNullException.ThrowIfNull(tests);
        var results = tests.Select(Run).ToArray();
        return new ScenarioTestRun(results, TheoryCoverage.Of(results.SelectMany(r => r.RulesFired), Rules));
    }

    /// <summary>Runs one test: assesses its scenario with its claims and rules switched off and checks every expectation.</summary>
    /// <param name="test">The test.</param>
    /// <returns>Its result.</returns>
    public ScenarioTestResult Run(ScenarioTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        Assessment assessment;
        IReadOnlyList<string> fired;
        try
        {
            (assessment, fired) = AssessorFor(test.DisabledClaims, test.DisabledRules).AssessWithRulesFired(ValidScenario.From(test.Scenario));
        }
        catch (RulebookException ex) when (!ex.RuleOverran)
        {
            // A rule that overran its timeout ends the run instead: its thread is still running.
            return new ScenarioTestResult { Test = test, Error = $"the rules drew no assessment: {ex.Message}" };
        }

        var map = ConclusionMap.Of(assessment);
        return new ScenarioTestResult
        {
            Test = test,
            Assessment = assessment,
            RulesFired = fired,
            Failures = [.. test.Expectations.Select(e => Check(e, assessment, map)).OfType<ExpectationFailure>()],
        };
    }

    private static ExpectationFailure? Check(ConclusionExpectation expectation, Assessment assessment, ConclusionMap map)
    {
        if (expectation.List is not { } list)
        {
            var key = expectation.Key!;
            var actual = map.ValueOf(key);
            return actual == expectation.Value
                ? null
                : new ExpectationFailure
                {
                    Expectation = expectation,
                    Expected = Quote(expectation.Value!),
                    Actual = Quote(actual),
                    Drawn = map.ContainsKey(key) ? [Drawn(key, assessment, map)] : [],
                };
        }

        var drawn = map.Keys.Where(list.Includes).ToArray();
        var missing = expectation.Items.Where(k => !drawn.Contains(k)).ToArray();
        var unexpected = expectation.Kind == ExpectationKind.Exactly ? drawn.Where(k => !expectation.Items.Contains(k)).ToArray() : [];
        if (missing.Length == 0 && unexpected.Length == 0)
        {
            return null;
        }

        return new ExpectationFailure
        {
            Expectation = expectation,
            Expected = Items(list, expectation.Items),
            Actual = Items(list, drawn),
            Missing = [.. missing.Select(list.ItemOf)],
            Unexpected = [.. unexpected.Select(list.ItemOf)],
            Drawn = [.. (expectation.Kind == ExpectationKind.Exactly ? unexpected : drawn).Select(k => Drawn(k, assessment, map))],
        };
    }

    // Written as in a test file, so that a reader can paste the actual value into the case.
    private static string Items(ConclusionList list, IEnumerable<ConclusionKey> keys) => $"[{string.Join(", ", keys.Select(k => Quote(list.ItemOf(k))))}]";

    private static string Quote(string value) => JsonSerializer.Serialize(value, QuoteOptions);

    private static readonly JsonSerializerOptions QuoteOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, TypeInfoResolver = ScenarioTestJsonContext.Default };

    private static DrawnConclusion Drawn(ConclusionKey key, Assessment assessment, ConclusionMap map)
    {
        var findings = assessment.Find(key);
        return new DrawnConclusion(
            key,
            map.ValueOf(key),
            [.. findings.SelectMany(f => f.Because).Select(j => j.Rule).Distinct().Order(StringComparer.Ordinal)],
            ClaimIds.Order(findings.SelectMany(f => f.Claims)));
    }

    private RulebookHost AssessorFor(IReadOnlyList<string> disabledClaims, IReadOnlyList<string> disabledRules)
    {
        var name = $"{string.Join(",", disabledClaims.Order(StringComparer.Ordinal))}|{string.Join(",", disabledRules.Order(StringComparer.Ordinal))}";
        return _assessors.GetOrAdd(name, _ => new Lazy<RulebookHost>(() =>
        {
            var options = _options.Copy();
            options.DisabledClaims.UnionWith(disabledClaims);
            options.DisabledRules.UnionWith(disabledRules);
            return new RulebookHost(options);
        })).Value;
    }
}
