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

        var run = CliRun.Of("test", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stderr);
        var lines = run.Stdout.Split('\n');
        Assert.StartsWith("PASS ", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("c15.test.json: the article: the 2021 upgrade is rejected", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("FAIL ", lines[1], StringComparison.Ordinal);
        Assert.Equal(
            [
                "  responses[United States,PartnershipUpgrade]: expected \"Accept\", actual \"Reject\"",
                "    drawn by Offers.RejectAlignmentWhileBandwagoning (claims C04, C15)",
                "  risks (exactly): expected [], actual [\"ChineseSuspicion,United States\", \"RaisedExpectations,United States\"]",
                "    unexpected ChineseSuspicion,United States: drawn by Risks.ChineseSuspicionFromAlignmentProposal (claims C12, C14)",
                "    unexpected RaisedExpectations,United States: drawn by Risks.RaisedExpectationsFromMaritimePower (claims C53)",
                "",
                "2 cases in 1 file: 1 passed, 1 failed",
            ],
            lines[2..^1]);
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
    public void Test_TheoryFolderWithCoverage_PassesAndReportsRulesAndClaims()
    {
        var run = CliRun.Of("test", RepositoryFiles.Path("tests/theory"), "--coverage");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("\nCoverage: 68 of 68 rules fired (100.0%); 47 of the 47 claims the rules carry exercised (100.0%)\n", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("\nRules that did not fire (0): none\nClaims not exercised (0): none\n", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Test_ThresholdAboveCoverage_ExitsOne()
    {
        var run = CliRun.Of("test", RepositoryFiles.Path("tests/theory/posture.test.json"), "--threshold", "101");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("\nRules that did not fire (", run.Stdout, StringComparison.Ordinal);
        Assert.EndsWith("% of the rules fired, under the threshold of 101%\n", run.Stdout, StringComparison.Ordinal);
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
    [InlineData("error: disabled claim 'C99' is neither a claim of the article nor one that an added rule carries (did you mean C09, C19 or C29?); the claims are C01–C56", "test", "tests/theory", "--disable-claim", "C99")]
    [InlineData("error: disabled rule 'Nope' is not a rule of the rulebook; docs/rulebook.md lists the article's 68 rules", "test", "tests/theory", "--disable-rule", "Nope")]
    public void Test_BadArguments_ExitTwo(string expected, params string[] args)
    {
        var run = CliRun.Of(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(expected, run.StderrLines[0]);
    }

    [Fact]
    public void Test_FolderWithoutTestFiles_ExitsTwo()
    {
        var run = CliRun.Of("test", _folder.FullName);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: no *.test.json file under ", run.StderrLines[0], StringComparison.Ordinal);
    }
}
