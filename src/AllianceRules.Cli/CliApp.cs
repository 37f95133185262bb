using System.CommandLine;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;

namespace AllianceRules.Cli;

/// <summary>
/// The <c>alliance-rules</c> command line, with its streams passed in so that tests run it in
/// process exactly as the shell does.
/// </summary>
internal static class CliApp
{
    private static readonly Lazy<AllianceAssessor> Assessor = new(() => new AllianceAssessor());

    /// <summary>
    /// For the commands that assess one scenario or the episodes and exit: the rules interpreted,
    /// not compiled, which makes the process ready sooner (docs/performance.md). Sweeps and
    /// searches use <see cref="Assessor"/>.
    /// </summary>
    private static readonly Lazy<AllianceAssessor> OneShot = new(() => new AllianceAssessor(new AllianceRulesOptions { InterpretRules = true }));

    /// <summary>Stops long commands between assessments (Ctrl+C); flows to the command being run.</summary>
    internal static readonly AsyncLocal<CancellationToken> Cancellation = new();

    public static int Run(string[] args, Stream stdin, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
    {
        Cancellation.Value = cancellationToken;
        var errors = new ErrorWriter(stderr);
        var output = new GuardedWriter(stdout);
        try
        {
            var root = BuildCommand(stdin, output, stderr);
            var parse = root.Parse(args);
            if (Problems(root, parse) is { Count: > 0 } problems)
            {
                errors.WriteAll([.. problems, "run 'alliance-rules --help' for usage"]);
                return ExitCodes.InvalidInput;
            }

            var exit = parse.Invoke(new InvocationConfiguration { Output = output, Error = stderr, EnableDefaultExceptionHandler = false });
            output.Flush();
            return exit;
        }
        catch (ScenarioValidationException ex)
        {
            // The first problem comes first; the rest follow, up to a bound, so nothing is hidden.
            errors.WriteAll([.. ex.Errors.Select(e => e.ToString())]);
            return ExitCodes.InvalidInput;
        }
        catch (InputException ex)
        {
            errors.WriteAll(ex.Messages);
            return ExitCodes.InvalidInput;
        }
        catch (RulebookException ex) when (ex.RuleOverran)
        {
            // A rule that never returns cannot be stopped, only left behind: the process ends with
            // this exit (Program), and the thread with it. Not the input's fault: the rule's, named.
            errors.Write($"rulebook: {ex.Message}");
            return ExitCodes.RuleOverran;
        }
        catch (RulebookException ex)
        {
            // Only an amended rule set can misbehave; the amendment is the input at fault.
            errors.Write($"rulebook: {ex.Message}");
            return ExitCodes.InvalidInput;
        }
        catch (OutputException ex)
        {
            errors.Write($"cannot write the output: {ex.Message}");
            return ExitCodes.OutputFailed;
        }
        catch (OperationCanceledException)
        {
            errors.Write("cancelled");
            return ExitCodes.Cancelled;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A defect of the tool: one line a user can report, never a stack trace on their terminal.
            errors.Write($"internal error ({ex.GetType().Name}): {ex.Message}");
            return ExitCodes.InternalError;
        }
    }

    /// <summary>What the parser finds wrong with a command line, without running it (the docs' examples are checked with it).</summary>
    internal static IReadOnlyList<string> ParseProblems(string[] args)
    {
        var root = BuildCommand(Stream.Null, TextWriter.Null, TextWriter.Null);
        return Problems(root, root.Parse(args));
    }

    // "Cannot parse argument 'abc' for option '--budget' as expected type 'System.Nullable`1[System.Int32]'."
    private static readonly System.Text.RegularExpressions.Regex NumberType =
        new(@"as expected type 'System\.(?:Nullable`1\[System\.)?(Int32|Int64|Double|Decimal)\]?'", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static List<string> Problems(RootCommand root, ParseResult parse)
    {
        if (parse.Errors.Count == 0)
        {
            return [];
        }

        // At the root, a word the parser could not place is an unknown command: name it,
        // rather than the parser's "Required command was not provided". Under a command,
        // every problem the parser found is shown, in its order.
        return parse.CommandResult.Command == root && parse.UnmatchedTokens.Count > 0
            ? [$"unrecognized command or argument {Names.Quote(parse.UnmatchedTokens[0])}"]
            : [.. parse.Errors.Select(error => Clipped(error.Message, parse))];
    }

    /// <summary>
    /// The parser's message with every word of the command line it quotes cut as the library cuts a
    /// quoted value (<see cref="Names.Clip"/>), and the .NET type it names for a number said in words.
    /// </summary>
    private static string Clipped(string message, ParseResult parse)
    {
        message = NumberType.Replace(message, match => match.Groups[1].Value is "Int32" or "Int64" ? "as a whole number" : "as a number");
        foreach (var token in parse.Tokens.Where(t => t.Value.Length > Names.MaxQuoted).Select(t => t.Value).Distinct(StringComparer.Ordinal))
        {
            message = message.Replace(token, Names.Clip(token), StringComparison.Ordinal);
        }

        return message;
    }

    /// <summary>The names of the subcommands, for what must know them before the command line is built.</summary>
    internal static IEnumerable<string> CommandNames() =>
        BuildCommand(Stream.Null, TextWriter.Null, TextWriter.Null).Subcommands.Select(command => command.Name);

    private static RootCommand BuildCommand(Stream stdin, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("Assess scenarios with the AllianceRules rulebook: what a hedging state needs from a great power, every conclusion traced to the article's claims.");
        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction(stdout);
        }

        root.Add(AssessCommand(stdin, stdout));
        root.Add(ScenariosCommand(stdout));
        root.Add(ExplainCommand(stdin, stdout));
        root.Add(BacktestCommand(stdout));
        root.Add(WhatIfCommand(stdin, stdout));
        root.Add(TableCommand(stdout));
        root.Add(TheoryCommands.Diff(Assessor, stdout));
        root.Add(TheoryCommands.ExportTheory(Assessor, stdout));
        root.Add(TestCommand.Create(stdout, stderr));
        root.Add(LintCommand.Create(stdout, stderr));
        root.Add(WeighCommand.Create(stdout));
        root.Add(ExportArgumentCommand.Create(Assessor, stdout));
        return root;
    }

    private static Command AssessCommand(Stream stdin, TextWriter stdout)
    {
        var input = new ScenarioInput("Assess");
        var format = new FormatOption(
            "assess",
            "Output format: text (an indented justification tree), json (the assessment contract) or md (a Markdown report with a Mermaid flowchart).",
            OutputFormat.Text,
            OutputFormat.Md,
            OutputFormat.Json);

        var claims = new Option<string>("--claims")
        {
            Description = "How text and md reports show the claims: text (the default: IDs beside each conclusion, and every cited claim's paraphrase and hedge at the end) or ids (the IDs alone).",
            DefaultValueFactory = _ => "text",
        };
        claims.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string>() is not ("text" or "ids") and var value)
            {
                result.AddError($"--claims: {Names.Quote(value)} is not one of text, ids");
            }
        });
        var command = new Command("assess", "Assess a scenario and print every conclusion with its claims and justification.");
        input.AddTo(command);
        format.AddTo(command);
        command.Options.Add(claims);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var claimText = parse.GetValue(claims) != "ids";
            if (chosen == OutputFormat.Json && parse.GetResult(claims) is { Implicit: false })
            {
                // JSON always carries the claim IDs and no paraphrase: the option would change nothing.
                throw new InputException("--claims: it chooses how text and md reports show the claims; JSON always gives their IDs");
            }

            var assessment = OneShot.Value.Assess(input.Load(parse, stdin), Cancellation.Value);
            stdout.Write(chosen switch
            {
                OutputFormat.Json => AssessmentJson.Serialize(assessment) + "\n",
                OutputFormat.Md => MarkdownReport.Render(assessment, claimText),
                _ => TextReport.Render(assessment, Style(stdout), claimText),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ScenariosCommand(TextWriter stdout)
    {
        var show = new Option<string?>("--show")
        {
            Description = "Print one built-in scenario, by ID, as scenario JSON: a real file to start a scenario of your own from (assess it with 'alliance-rules assess FILE').",
        };
        var format = new Option<string?>("--format")
        {
            Description = "Output format: text (the list) or json (the list as [{ id, date, title }]); with --show, json only. Default: text, or json with --show.",
        };
        var command = new Command("scenarios", "List the built-in scenarios (ID, date and title), or print one as scenario JSON with --show ID.")
        {
            show,
            format,
        };
        command.SetAction(parse =>
        {
            var chosen = parse.GetValue(format)?.ToLowerInvariant();
            if (parse.GetValue(show) is { } id)
            {
                if (chosen is not (null or "json"))
                {
                    throw new InputException($"--format {parse.GetValue(format)} is not supported by scenarios --show (use json)");
                }

                stdout.Write(ScenarioJson.Serialize(ScenarioInput.Builtin(id, "--show")) + "\n");
                return ExitCodes.Success;
            }

            switch (chosen)
            {
                case null or "text":
                    var width = HistoricalScenarios.All.Max(s => s.Id!.Length);
                    foreach (var scenario in HistoricalScenarios.All)
                    {
                        stdout.WriteLine($"{scenario.Id!.PadRight(width)}  {scenario.Date,-12}  {scenario.Title}");
                    }

                    break;
                case "json":
                    stdout.Write(ScenarioListJson() + "\n");
                    break;
                default:
                    throw new InputException($"--format {parse.GetValue(format)} is not supported by scenarios (use text or json)");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The built-in scenarios as a JSON array of their ID, date and title, in the order of the list.</summary>
    private static string ScenarioListJson()
    {
        using var buffer = new MemoryStream();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var scenario in HistoricalScenarios.All)
            {
                json.WriteStartObject();
                json.WriteString("id", scenario.Id);
                json.WriteString("date", scenario.Date);
                json.WriteString("title", scenario.Title);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static Command ExplainCommand(Stream stdin, TextWriter stdout)
    {
        var input = new ScenarioInput("Explain a conclusion of");
        var conclusion = new Option<string>("--conclusion")
        {
            Description = "The conclusion, as key or key=value: posture=Balance, responses[United States,PartnershipUpgrade]=Accept, commitments[United States]=credible, risks[AloneAtSea], outlook[Soviet Union], needs[From,Need], advice[To,Advice].",
            Required = true,
        };
        var format = new FormatOption("explain", "Output format: text, md or json.", OutputFormat.Text, OutputFormat.Md, OutputFormat.Json);
        var fix = new FixOptions();

        var command = new Command("explain", "Why a conclusion was drawn, or why not: what stands in the way and the smallest changes to the input that would draw it.");
        input.AddTo(command);
        command.Add(conclusion);
        format.AddTo(command);
        fix.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var scenario = input.Load(parse, stdin);
            var options = fix.Get(parse, scenario.Value);
            Explanations.Explanation explanation;
            try
            {
                explanation = CliProgress.Run(stdout, "explaining", progress => Assessor.Value.Explain(scenario, parse.GetValue(conclusion)!, options, progress, Cancellation.Value));
            }
            catch (FormatException ex)
            {
                throw new InputException($"--conclusion: {ex.Message}");
            }

            stdout.Write(chosen switch
            {
                OutputFormat.Json => AssessmentJson.Serialize(explanation) + "\n",
                OutputFormat.Md => ExplanationReport.RenderMarkdown(explanation),
                _ => ExplanationReport.Render(explanation, Style(stdout)),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command WhatIfCommand(Stream stdin, TextWriter stdout)
    {
        var input = new ScenarioInput("Explore");
        var format = new FormatOption(
            "whatif",
            "Output format: text, md or json ({ \"flips\": [ { conclusion, from, to, changes: [ { field, from, to } ] } ] }).",
            OutputFormat.Text,
            OutputFormat.Md,
            OutputFormat.Json);
        var fix = new FixOptions();
        var command = new Command("whatif", "For each conclusion, the smallest changes to the input (one, else two) that flip it.");
        input.AddTo(command);
        format.AddTo(command);
        fix.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var scenario = input.Load(parse, stdin);
            var options = fix.Get(parse, scenario.Value);
            var whatIf = CliProgress.Run(stdout, "exploring", progress => Assessor.Value.Explore(scenario, options, progress, Cancellation.Value));
            stdout.Write(chosen switch
            {
                OutputFormat.Json => AssessmentJson.Serialize(whatIf) + "\n",
                OutputFormat.Md => WhatIfReport.RenderMarkdown(whatIf),
                _ => WhatIfReport.RenderText(whatIf),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command TableCommand(TextWriter stdout)
    {
        var format = new FormatOption("table", "Output format: md, csv or json.", OutputFormat.Md, OutputFormat.Csv, OutputFormat.Json);
        var command = new Command("table", "Tabulate posture, response, credibility, outlook and risks over the input space of one great power and one offer.");
        format.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var table = CliProgress.Run(stdout, "decision table", progress => Theory.DecisionTable.Build(Assessor.Value, progress, Cancellation.Value));
            stdout.Write(chosen switch
            {
                OutputFormat.Json => AssessmentJson.Serialize(table) + "\n",
                OutputFormat.Csv => DecisionTableReport.RenderCsv(table),
                _ => DecisionTableReport.RenderMarkdown(table),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command BacktestCommand(TextWriter stdout)
    {
        var format = new FormatOption("backtest", "Output format: text, md or json.", OutputFormat.Text, OutputFormat.Md, OutputFormat.Json);
        var failOnMiss = new Option<bool>("--fail-on-miss")
        {
            Description = "Exit 1 when any episode misses its record (for a CI gate). Without it, a miss is a finding and the exit is 0.",
        };
        var command = new Command(
            "backtest",
            "Score the rulebook against the record: the article's evidence (fit) and the episodes after the article (test), field by field (match, miss, or abstention where the rulebook is silent; post-hoc matches apart), each miss with the rules and claims that drew the prediction, and per set the rulebook's score beside three naive baselines' on the same fields.");
        format.AddTo(command);
        command.Add(failOnMiss);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var scorecard = Backtesting.Scorecard.Build(HistoricalScenarios.All, scenario => OneShot.Value.Assess(scenario, Cancellation.Value));
            stdout.Write(chosen switch
            {
                OutputFormat.Md => ScorecardReport.RenderMarkdown(scorecard),
                OutputFormat.Json => ScorecardReport.RenderJson(scorecard),
                _ => ScorecardReport.RenderText(scorecard),
            });
            return parse.GetValue(failOnMiss) && scorecard.Misses > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }

    private static TextStyle Style(TextWriter stdout) =>
        TerminalColours.Wanted(stdout is GuardedWriter guarded ? guarded.Inner : stdout) ? TextStyle.Terminal : TextStyle.Plain;
}
