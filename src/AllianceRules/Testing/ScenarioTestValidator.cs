using System.Globalization;
using AllianceRules.Claims;
using AllianceRules.Conclusions;
using AllianceRules.Scenarios;
using AllianceRules.Serialization;

namespace AllianceRules.Testing;

/// <summary>
/// The meaning pass over a well-shaped test file: every case has a name of its own, one valid
/// scenario and something to expect, and every claim, rule, conclusion key, value and list item
/// it names exists, for that scenario. Problems are added with their JSON paths, in document order.
/// </summary>
internal static class ScenarioTestValidator
{
    public static IReadOnlyList<ScenarioTest> Validate(ScenarioTestFile document, string file, List<ScenarioError> errors)
    {
        if (document.Cases.Count == 0)
        {
            errors.Add(new ScenarioError("$.cases", "lists no case; a test file has at least one"));
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".";
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var tests = new List<ScenarioTest>();
        for (var i = 0; i < document.Cases.Count; i++)
        {
            var testCase = document.Cases[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.cases[{i}]");
            if (string.IsNullOrWhiteSpace(testCase.Name))
            {
                errors.Add(new ScenarioError($"{path}.name", "must not be empty"));
            }
            else if (!names.TryAdd(testCase.Name, path))
            {
                errors.Add(new ScenarioError($"{path}.name", $"{Names.Quote(testCase.Name)} is the name of an earlier case ({names[testCase.Name]}); names are unique in a file"));
            }

            var scenario = ScenarioOf(testCase, path, folder, errors);
            var disabledClaims = Distinct(testCase.DisabledClaims, $"{path}.disabledClaims", errors, CheckClaim);
            var disabledRules = Distinct(testCase.DisabledRules, $"{path}.disabledRules", errors, CheckRule);
            var expectations = new List<ConclusionExpectation>();
            foreach (var (text, value) in testCase.Expect)
            {
                expectations.AddRange(ValueExpectation(text, value, scenario, JsonShapeChecker.Append($"{path}.expect", text), errors));
            }

            foreach (var (kind, lists, member) in new[] { (ExpectationKind.Contains, testCase.Contains, "contains"), (ExpectationKind.Exactly, testCase.Exactly, "exactly") })
            {
                foreach (var (text, items) in lists)
                {
                    expectations.AddRange(ListExpectation(kind, text, items, scenario, JsonShapeChecker.Append($"{path}.{member}", text), errors));
                }
            }

            if (testCase.Expect.Count + testCase.Contains.Count + testCase.Exactly.Count == 0)
            {
                errors.Add(new ScenarioError(path, "expects nothing: give 'expect', 'contains' or 'exactly'"));
            }

            if (scenario is not null)
            {
                tests.Add(new ScenarioTest
                {
                    File = file,
                    Name = testCase.Name,
                    Path = path,
                    Scenario = scenario,
                    DisabledClaims = disabledClaims,
                    DisabledRules = disabledRules,
                    Expectations = expectations,
                });
            }
        }

        return tests;
    }

    private static Scenario? ScenarioOf(ScenarioTestCase testCase, string path, string folder, List<ScenarioError> errors)
    {
        var given = new (string Member, bool Given)[] { ("scenario", testCase.Scenario is not null), ("scenarioFile", testCase.ScenarioFile is not null), ("builtin", testCase.Builtin is not null) }
            .Where(source => source.Given)
            .Select(source => source.Member)
            .ToArray();
        if (given.Length == 0)
        {
            errors.Add(new ScenarioError(path, "has no scenario: give 'scenario' (inline), 'scenarioFile' (a path relative to this file) or 'builtin' (an ID)"));
            return null;
        }

        if (given.Length > 1)
        {
            errors.Add(new ScenarioError($"{path}.{given[1]}", $"give one scenario: this case already has '{given[0]}'"));
            return null;
        }

        if (testCase.Scenario is { } inline)
        {
            var problems = ScenarioValidator.Validate(inline);
            errors.AddRange(problems.Select(e => new ScenarioError($"{path}.scenario{e.Path[1..]}", e.Message)));
            return problems.Count == 0 ? inline : null;
        }

        if (testCase.Builtin is { } id)
        {
            var builtin = HistoricalScenarios.Find(id);
            if (builtin is null)
            {
                errors.Add(new ScenarioError($"{path}.builtin", $"{Names.Quote(id)} is not a built-in scenario (see 'alliance-rules scenarios')"));
            }

            return builtin;
        }

        var relative = testCase.ScenarioFile!;
        var filePath = $"{path}.scenarioFile";
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        try
        {
            using var stream = Files.InputFile.Open(full);
            return ScenarioJson.Read(stream).Value;
        }
        catch (Files.InputFileException ex)
        {
            errors.Add(new ScenarioError(filePath, ex.Message == "no such file"
                ? $"{Names.Quote(relative)}: no such file (a path is relative to the test file's folder)"
                : $"{Names.Quote(relative)} {ex.Message}"));
        }
        catch (ScenarioValidationException ex)
        {
            errors.AddRange(ex.Errors.Select(e => new ScenarioError(filePath, $"{relative}: {e}")));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            errors.Add(new ScenarioError(filePath, $"{Names.Quote(relative)} cannot be read ({ex.Message})"));
        }

        return null;
    }

    private static string? CheckClaim(string id) =>
        ClaimCatalogue.Find(id) is null
            ? $"{Names.Quote(id)} is not a claim of the article (C01–C56, docs/claims.md)"
            : ArticleRules.CarriesClaim(id)
                ? null
                : $"{id} is carried by no rule, so switching it off changes nothing (docs/claims.md lists the rules of each claim)";

    private static string? CheckRule(string name) =>
        ArticleRules.IsRule(name) ? null : $"{Names.Quote(name)} is not a rule of the rulebook (docs/rulebook.md lists them)";

    private static string[] Distinct(IReadOnlyList<string> values, string path, List<ScenarioError> errors, Func<string, string?> check)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < values.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (!seen.Add(values[i]))
            {
                errors.Add(new ScenarioError(itemPath, $"{Names.Quote(values[i])} is given twice"));
            }
            else if (check(values[i]) is { } problem)
            {
                errors.Add(new ScenarioError(itemPath, problem));
            }
        }

        return [.. seen.Order(StringComparer.Ordinal)];
    }

    private static IEnumerable<ConclusionExpectation> ValueExpectation(string text, string value, Scenario? scenario, string path, List<ScenarioError> errors)
    {
        if (!ConclusionKey.TryParse(text, out var key, out var error))
        {
            errors.Add(new ScenarioError(path, error));
            yield break;
        }

        var values = ConclusionKey.ValuesOf(key.Kind);
        if (!values.Contains(value, StringComparer.Ordinal))
        {
            errors.Add(new ScenarioError(path, $"{Names.Quote(value)} is not a value of {text}: it takes {string.Join(", ", values.Select(v => $"'{v}'"))}"));
            yield break;
        }

        if (SubjectProblem(key, scenario) is { } problem)
        {
            errors.Add(new ScenarioError(path, problem));
            yield break;
        }

        yield return new ConclusionExpectation { Path = path, Kind = ExpectationKind.Value, Subject = text, Key = key, Value = value };
    }

    private static IEnumerable<ConclusionExpectation> ListExpectation(
        ExpectationKind kind, string text, IReadOnlyList<string> items, Scenario? scenario, string path, List<ScenarioError> errors)
    {
        if (!ConclusionList.TryParse(text, out var list, out var error))
        {
            errors.Add(new ScenarioError(path, error));
            yield break;
        }

        if (scenario is not null && list.Prefix.Select((part, i) => (part, i)).FirstOrDefault(p => ConclusionKey.IsNamePart(list.Kind, p.i)) is ({ } name, _)
            && !IsPower(scenario, name))
        {
            errors.Add(new ScenarioError(path, NotAPower(scenario, name)));
            yield break;
        }

        if (kind == ExpectationKind.Contains && items.Count == 0)
        {
            errors.Add(new ScenarioError(path, "lists nothing, which every list contains; to expect that none is drawn, use 'exactly' with []"));
            yield break;
        }

        var keys = new List<ConclusionKey>();
        var valid = true;
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
            if (!list.TryKeyOf(items[i], out var key, out var itemError))
            {
                errors.Add(new ScenarioError(itemPath, itemError));
                valid = false;
            }
            else if (keys.Contains(key))
            {
                errors.Add(new ScenarioError(itemPath, $"{Names.Quote(items[i])} is given twice"));
                valid = false;
            }
            else if (SubjectProblem(key, scenario) is { } problem)
            {
                errors.Add(new ScenarioError(itemPath, problem));
                valid = false;
            }
            else
            {
                keys.Add(key);
            }
        }

        if (valid)
        {
            yield return new ConclusionExpectation { Path = path, Kind = kind, Subject = text, Items = keys, List = list };
        }
    }

    /// <summary>What makes a key name nothing the scenario could conclude: a power it does not declare, or a response to an offer it does not make.</summary>
    private static string? SubjectProblem(ConclusionKey key, Scenario? scenario)
    {
        if (scenario is null)
        {
            return null;
        }

        if (key.Power is { } power && !IsPower(scenario, power))
        {
            return NotAPower(scenario, power);
        }

        if (key.Kind == ConclusionKind.Response
            && !scenario.Offers.Any(o => o.From == key.Subject[0] && o.Kind.ToString() == key.Subject[1]))
        {
            return $"the scenario has no {key.Subject[1]} offer from {key.Subject[0]}; a response is drawn for each offer";
        }

        return null;
    }

    private static bool IsPower(Scenario scenario, string name) => scenario.Powers.Any(p => p.Name == name);

    private static string NotAPower(Scenario scenario, string name) =>
        scenario.Powers.Count == 0
            ? $"{Names.Quote(name)} is not a great power of the scenario, which declares none"
            : $"{Names.Quote(name)} is not a great power of the scenario (it declares {string.Join(", ", scenario.Powers.Select(p => p.Name))})";
}
