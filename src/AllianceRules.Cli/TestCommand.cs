using System.CommandLine;
using System.Globalization;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Testing;

namespace AllianceRules.Cli;

/// <summary>
/// <c>alliance-rules test PATH...</c>: runs every scenario test file under the paths, one line per
/// case, then a summary (and the coverage, if asked). Exit 0 when every case passes and coverage
/// meets the threshold, 1 when not, 2 when a test file is invalid (nothing is run then).
/// </summary>
internal static class TestCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = $"Test files, or folders to search for *{ScenarioTestJson.FileSuffix} files at any depth.",
            Arity = ArgumentArity.OneOrMore,
        };
        var coverage = new Option<bool>("--coverage")
        {
            Description = "Report which rules fired and which claims were exercised by the cases, with what was not, by name.",
        };
        var threshold = new Option<double?>("--threshold")
        {
            Description = "Exit 1 when fewer than this percentage of the rules fired (implies --coverage).",
        };
        var rulebook = new RulebookOptions();
        var command = new Command(
            "test",
            "Run scenario test files (*.test.json, docs/testing-the-theory.md): each case's expected conclusions against what the rules draw. Exit 0 when all pass, 1 when a case fails, 2 when a file is invalid.")
        {
            paths,
            coverage,
            threshold,
        };
        rulebook.AddTo(command);
        command.SetAction(parse =>
        {
            var minimum = parse.GetValue(threshold);
            if (minimum is < 0 or > 100 or double.NaN)
            {
                throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--threshold: {minimum} is not a percentage (give 0 to 100)"));
            }

            var (options, _) = rulebook.Get(parse);
            IReadOnlyList<string> files;
            IReadOnlyList<string> links;
            try
            {
                (files, links) = ScenarioTestFiles.Walk(parse.GetValue(paths) ?? []);
            }
            catch (FileNotFoundException ex)
            {
                throw new InputException(ex.Message);
            }

            if (links.Count > 0)
            {
                // Said, not silently dropped: a linked test file runs when given by its own path.
                stderr.WriteLine(Names.Inert(
                    $"note: {links.Count} symbolic {(links.Count == 1 ? "link" : "links")} not followed ({string.Join(", ", links.Take(3).Select(Display))}{(links.Count > 3 ? ", …" : "")}): a folder is walked without following links; give a linked file by its own path"));
            }

            if (files.Count == 0)
            {
                throw new InputException($"no *{ScenarioTestJson.FileSuffix} file under {string.Join(", ", parse.GetValue(paths) ?? [])}");
            }

            // Read every file before running any, so that one invalid file shows all its problems
            // (and those of the others) at once, with nothing half run.
            var tests = new List<ScenarioTest>();
            var problems = new List<string>();
            foreach (var file in files)
            {
                try
                {
                    tests.AddRange(ScenarioTestJson.Read(Display(file)));
                }
                catch (ScenarioTestFileException ex)
                {
                    problems.AddRange(ex.Errors.Select(error => $"{ex.File}: {error}"));
                }
            }

            if (problems.Count > 0)
            {
                // Every file's problems, through the one writer of error lines: inert, and at most
                // ErrorWriter.MaxLines of them with how many more.
                throw new InputException(problems);
            }

            var run = new ScenarioTestRunner(options).Run(tests);
            stdout.Write(ScenarioTestReport.RenderText(run, parse.GetValue(coverage) || minimum is not null));
            var exit = run.Failed > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
            if (minimum is { } wanted && run.Coverage.RulePercent < wanted)
            {
                stdout.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"FAIL coverage: {ScenarioTestReport.Percent(run.Coverage.RulePercent)} of the rules fired, under the threshold of {wanted}%"));
                exit = ExitCodes.CheckFailed;
            }

            return exit;
        });
        return command;
    }

    /// <summary>
    /// A file as the user will look for it: relative to the current folder when it lies under it,
    /// else its full path (<c>/dev/zero</c>, not <c>../../dev/zero</c>); with forward slashes on
    /// Windows. It is also the path the file is read by, so a backslash, which is a character of a
    /// file's name elsewhere, is turned only where it separates folders.
    /// </summary>
    private static string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, fullPath);
        var outside = Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        var shown = outside ? fullPath : relative;
        return Path.DirectorySeparatorChar == '\\' ? shown.Replace('\\', '/') : shown;
    }
}
