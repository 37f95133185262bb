using AllianceRules.Rendering;
using AllianceRules.Testing;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Cli;

public sealed class TestCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("alliance-rules-test-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string Write(string name, string json)
    {
        var path = Path.Combine(_folder.FullName, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json);
        return path;
    }

    /// <summary>The files run through the library, named as the command names them (these lie outside the current folder: by their full path).</summary>
    private static ScenarioTestRun AsTheCommandRuns(IEnumerable<string> files) =>
        new ScenarioTestRunner().Run(files.SelectMany(f => ScenarioTestJson.Parse(File.ReadAllText(f), f.Replace('\\', '/'))));

    // As a reader of docs/testing-the-theory.md would write it: one case that holds, one that does not.
    private const string OneHoldsOneDoesNot = """
        {
          "description": "I disagree with C15: in stable times Vietnam would take a label-only upgrade.",
          "cases": [
            {
              "name": "the article: the 2021 upgrade is rejected",
              "builtin": "2021-harris-visit",
              "expect": { "posture": "Bandwagon", "responses[United States,PartnershipUpgrade]": "Reject" }
            },
            {
              "name": "my reading: the 2021 upgrade is accepted",
              "builtin": "2021-harris-visit",
              "expect": { "responses[United States,PartnershipUpgrade]": "Accept" },
              "exactly": { "risks": [] }
            }
          ]
        }
        """;

    [Fact]
    public void Test_OneCaseHoldsOneDoesNot_ExitsOneNamingKeyExpectedActualRulesAndClaims()
    {
        var file = Write("c15.test.json", OneHoldsOneDoesNot);
        var library = AsTheCommandRuns([file]);
        var upgrade = library.Results[1].Assessment!.Responses.Single();
        var risks = library.Results[1].Assessment!.Risks;

        var run = CliRun.Of("test", file);

        // What the rules draw is pinned by the snapshots; this holds the command to printing it.
        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        Assert.Equal(ScenarioTestReport.RenderText(library, coverage: false), run.Stdout);
        var lines = run.Stdout.Split('\n');
        Assert.Equal($"PASS {file.Replace('\\', '/')}: the article: the 2021 upgrade is rejected", lines[0]);
        Assert.Equal($"FAIL {file.Replace('\\', '/')}: my reading: the 2021 upgrade is accepted", lines[1]);
        Assert.Equal($"  responses[United States,PartnershipUpgrade]: expected \"Accept\", actual \"{upgrade.Decision}\"", lines[2]);
        Assert.Equal($"    drawn by {string.Join(", ", upgrade.Because.Select(j => j.Rule))} (claims {string.Join(", ", upgrade.Claims)})", lines[3]);
        Assert.StartsWith("  risks (exactly): expected [], actual [", lines[4], StringComparison.Ordinal);
        Assert.All(risks, r => Assert.Contains(lines, l => l.StartsWith($"    unexpected {r.Risk},{r.Power}: drawn by {r.Because[0].Rule} (claims ", StringComparison.Ordinal)));
        Assert.Equal("2 cases in 1 file: 1 passed, 1 failed", lines[^2]);
    }

    [Fact]
    public void Test_ManyBadFiles_ErrorLinesStopAtTwentyWithHowManyMore()
    {
        // The exit-code table promises at most 20 error lines; test wrote every one of its files' problems.
        for (var i = 0; i < 25; i++)
        {
            Write($"bad{i:00}.test.json", "{");
        }

        var run = CliRun.Of("test", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(21, run.StderrLines.Length);
        Assert.Equal("error: and 5 more", run.StderrLines[^1]);
    }

    [Fact]
    public void Test_FileOutsideTheCurrentFolder_IsNamedByItsFullPath()
    {
        var file = Write("bad.test.json", "{");

        var run = CliRun.Of("test", file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file.Replace('\\', '/')}: ", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("../", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_FileWhoseNameHoldsABackslash_IsReadByItsOwnName()
    {
        if (Path.DirectorySeparatorChar == '\\')
        {
            return; // On Windows a backslash separates folders: no file's name holds one.
        }

        // A name with a backslash: before, it was read as a/b.test.json, which does not exist.
        var file = Write("a\\b.test.json", "{");

        var run = CliRun.Of("test", file);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}: $: not valid JSON", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_AllHold_ExitsZero()
    {
        var file = Write("ok.test.json", OneHoldsOneDoesNot.Replace("\"Accept\"", "\"Reject\"", StringComparison.Ordinal).Replace("\"risks\": []", "\"risks\": [\"ChineseSuspicion,United States\", \"RaisedExpectations,United States\"]", StringComparison.Ordinal));

        var run = CliRun.Of("test", file);

        Assert.Equal(0, run.ExitCode);
        Assert.EndsWith("\n2 cases in 1 file: 2 passed, 0 failed\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_MalformedFile_ExitsTwoWithFileAndJsonPathAndRunsNothing()
    {
        var good = Write("a/good.test.json", OneHoldsOneDoesNot);
        Write("b/bad.test.json", """{ "cases": [ { "name": "x", "builtin": "1978-soviet-alliance", "expect": { "outlook[Soviet Union]": "Sure" } } ] }""");

        var run = CliRun.Of("test", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var error = Assert.Single(run.StderrLines);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.EndsWith("b/bad.test.json: $.cases[0].expect['outlook[Soviet Union]']: 'Sure' is not a value of outlook[Soviet Union]: it takes 'Likely', 'Possible', 'Unlikely', '(none)'", error, StringComparison.Ordinal);
        Assert.True(File.Exists(good));
    }

    [Fact]
    public void Test_Folder_RunsEveryTestFileBeneathInPathOrder()
    {
        Write("z.test.json", """{ "cases": [ { "name": "z", "builtin": "1978-soviet-alliance", "expect": { "posture": "Balance" } } ] }""");
        Write("a/deep/a.test.json", """{ "cases": [ { "name": "a", "builtin": "1977-settlement-attempt", "expect": { "posture": "SeekSettlement" } } ] }""");
        Write("a/not-a-test.json", """{ "relation": { "level": "Good" } }""");

        var run = CliRun.Of("test", _folder.FullName);

        Assert.Equal(0, run.ExitCode);
        var cases = run.Stdout.Split('\n').Where(l => l.StartsWith("PASS", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, cases.Length);
        Assert.EndsWith("a/deep/a.test.json: a", cases[0], StringComparison.Ordinal);
        Assert.EndsWith("z.test.json: z", cases[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Test_TheoryFolderWithCoverage_ReportsEveryCaseThenRulesAndClaims()
    {
        var folder = RepositoryFiles.Path("tests/theory");
        var library = AsTheCommandRuns(ScenarioTestFiles.Find([folder]));

        var run = CliRun.Of("test", folder, "--coverage");

        // Whether the article's files pass is TheoryTestFilesTests' business; the command's is to say so.
        Assert.Equal(library.Failed == 0 ? 0 : 1, run.ExitCode);
        Assert.Equal(ScenarioTestReport.RenderText(library, coverage: true), run.Stdout);
        Assert.Contains("\nCoverage: ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nRules that did not fire (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nClaims not exercised (", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ThresholdAboveCoverage_ExitsOne()
    {
        // One file's cases fire only some of the rules: 100% is above its coverage.
        var run = CliRun.Of("test", RepositoryFiles.Path("tests/theory/posture.test.json"), "--threshold", "100");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\nRules that did not fire (", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("% of the rules fired, under the threshold of 100%\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_AmendedRulebook_ShowsWhichExpectationsRestOnTheClaim()
    {
        var run = CliRun.Of("test", RepositoryFiles.Path("tests/theory/responses.test.json"), "--disable-claim", "C15");

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Stdout.Split('\n'), l => l.EndsWith("responses.test.json: C04, C15 (C13): bandwagoning, every alignment offer from a patron is rejected", StringComparison.Ordinal));
        Assert.StartsWith("FAIL ", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: nowhere: no such file or folder", "test", "nowhere")]
    [InlineData("error: --threshold: -1 is not a percentage (give 0 to 100)", "test", "tests/theory", "--threshold", "-1")]
    [InlineData("error: --threshold: 101 is not a percentage (give 0 to 100)", "test", "tests/theory", "--threshold", "101")]
    [InlineData("error: --threshold: 1000000000 is not a percentage (give 0 to 100)", "test", "tests/theory", "--threshold", "1e9")]
    [InlineData("error: disabled claim 'C99' is neither a claim of the article nor one that an added rule carries (did you mean C09, C19 or C29?); the claims are C01–C56", "test", "tests/theory", "--disable-claim", "C99")]
    [InlineData("error: disabled rule 'Nope' is not a rule of the rulebook; docs/rulebook.md lists the article's {rules} rules", "test", "tests/theory", "--disable-rule", "Nope")]
    public void Test_BadArguments_ExitTwo(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(ArticleRuleCount.Into(expected), run.StderrLines[0]);
    }

    [Fact]
    public void Test_FolderWithoutTestFiles_ExitsTwo()
    {
        var run = CliRun.Of("test", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no *.test.json file under ", run.StderrLines[0], StringComparison.Ordinal);
    }
}
