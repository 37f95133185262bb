using System.CommandLine;
using AllianceRules.Rendering;

namespace AllianceRules.Cli;

/// <summary>
/// The <c>alliance-rules</c> command line, with its streams passed in so that tests run it in
/// process exactly as the shell does.
/// </summary>
internal static class CliApp
{
    private static readonly Lazy<AllianceAssessor> Assessor = new(() => new AllianceAssessor());

    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = BuildCommand(stdin, stdout, stderr);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            stderr.WriteLine($"error: {parse.Errors[0].Message}");
            stderr.WriteLine("Run 'alliance-rules --help' for usage.");
            return ExitCodes.InvalidInput;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (ScenarioValidationException ex)
        {
            // One line names the first problem; the rest follow so that nothing is hidden.
            foreach (var error in ex.Errors)
            {
                stderr.WriteLine($"error: {error}");
            }

            return ExitCodes.InvalidInput;
        }
        catch (InputException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
    }

    private static RootCommand BuildCommand(TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Assess scenarios with the AllianceRules rulebook: what a hedging state needs from a great power, every conclusion traced to the article's claims.");
        root.Add(AssessCommand(stdin, stdout));
        root.Add(ScenariosCommand(stdout));
        root.Add(ExplainCommand(stdin, stdout));
        root.Add(BacktestCommand(stdout));
        return root;
    }

    private static Command AssessCommand(TextReader stdin, TextWriter stdout)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A scenario JSON file, or - to read it from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var builtin = new Option<string?>("--builtin")
        {
            Description = "Assess a built-in scenario by ID (see 'alliance-rules scenarios') instead of a file.",
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "Output format: text (an indented justification tree), json (the assessment contract) or md (a Markdown report with a Mermaid flowchart).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };

        var command = new Command("assess", "Assess a scenario and print every conclusion with its claims and justification.")
        {
            file,
            builtin,
            format,
        };
        command.SetAction(parse =>
        {
            var scenario = LoadScenario(parse.GetValue(file), parse.GetValue(builtin), stdin);
            var assessment = Assessor.Value.Assess(scenario);
            stdout.Write(parse.GetValue(format) switch
            {
                OutputFormat.Json => AssessmentJson.Serialize(assessment) + "\n",
                OutputFormat.Md => MarkdownReport.Render(assessment),
                _ => Colour(TextReport.Render(assessment), stdout),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ScenariosCommand(TextWriter stdout)
    {
        var command = new Command("scenarios", "List the built-in scenarios: ID, date and title.");
        command.SetAction(_ =>
        {
            var width = HistoricalScenarios.All.Max(s => s.Id!.Length);
            foreach (var scenario in HistoricalScenarios.All)
            {
                stdout.WriteLine($"{scenario.Id!.PadRight(width)}  {scenario.Date,-12}  {scenario.Title}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ExplainCommand(TextReader stdin, TextWriter stdout)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "A scenario JSON file, or - to read it from standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var builtin = new Option<string?>("--builtin")
        {
            Description = "Explain a conclusion of a built-in scenario instead of a file.",
        };
        var conclusion = new Option<string>("--conclusion")
        {
            Description = "The conclusion, as key or key=value: posture=Balance, responses[United States,PartnershipUpgrade]=Accept, commitments[United States]=credible, risks[AloneAtSea], outlook[Soviet Union], needs[From,Need], advice[To,Advice].",
            Required = true,
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "Output format (text or json).",
            DefaultValueFactory = _ => OutputFormat.Text,
        };

        var command = new Command("explain", "Why a conclusion was drawn, or why not: what stands in the way and the smallest changes to the input that would draw it.")
        {
            file,
            builtin,
            conclusion,
            format,
        };
        command.SetAction(parse =>
        {
            var scenario = LoadScenario(parse.GetValue(file), parse.GetValue(builtin), stdin);
            Explanations.Explanation explanation;
            try
            {
                explanation = Assessor.Value.Explain(scenario, parse.GetValue(conclusion)!);
            }
            catch (FormatException ex)
            {
                throw new InputException($"--conclusion: {ex.Message}");
            }

            stdout.Write(parse.GetValue(format) == OutputFormat.Json
                ? AssessmentJson.Serialize(explanation) + "\n"
                : Colour(ExplanationReport.Render(explanation), stdout));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BacktestCommand(TextWriter stdout)
    {
        var command = new Command(
            "backtest",
            "Assess every built-in episode that has an observed outcome and compare: one line per episode, then a summary. Exits 1 if any episode is not reproduced.");
        command.SetAction(_ =>
        {
            var width = HistoricalScenarios.All.Max(s => s.Id!.Length);
            int recorded = 0, matched = 0;
            foreach (var scenario in HistoricalScenarios.All)
            {
                var assessment = Assessor.Value.Assess(scenario);
                if (scenario.Observed is not { } observed || assessment.Backtest is not { } backtest)
                {
                    stdout.WriteLine($"{scenario.Id!.PadRight(width)}  -      no record to compare (posture {assessment.Posture.Value})");
                    continue;
                }

                recorded++;
                matched += backtest.Matches ? 1 : 0;
                stdout.WriteLine($"{scenario.Id!.PadRight(width)}  {(backtest.Matches ? "match" : "MISS ")}  {BacktestLine.Describe(observed, assessment)}");
            }

            stdout.WriteLine($"{HistoricalScenarios.All.Count} episodes, {recorded} with a record: {matched} match, {recorded - matched} miss");
            return matched == recorded ? ExitCodes.Success : ExitCodes.CheckFailed;
        });
        return command;
    }

    private static string Colour(string text, TextWriter stdout) =>
        TerminalColours.Wanted(stdout) ? TerminalColours.Apply(text) : text;

    private static Scenario LoadScenario(string? file, string? builtin, TextReader stdin)
    {
        if (builtin is not null)
        {
            if (file is not null)
            {
                throw new InputException("give either FILE or --builtin, not both");
            }

            return HistoricalScenarios.Find(builtin)
                ?? throw new InputException($"--builtin: '{builtin}' is not a built-in scenario (see 'alliance-rules scenarios')");
        }

        if (file is null)
        {
            throw new InputException("give a scenario FILE, - for standard input, or --builtin ID");
        }

        if (file == "-")
        {
            return ScenarioJson.Parse(ReadBounded(stdin));
        }

        if (!File.Exists(file))
        {
            throw new InputException($"{file}: no such file");
        }

        try
        {
            using var stream = File.OpenRead(file);
            return ScenarioJson.Read(stream);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot be read ({ex.Message})");
        }
    }

    /// <summary>Reads standard input up to one char past the size limit, so that endless input is refused rather than buffered.</summary>
    private static string ReadBounded(TextReader reader)
    {
        var buffer = new char[ScenarioJson.MaxInputBytes + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = reader.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        return new string(buffer, 0, length);
    }
}
