using System.CommandLine;
using System.Globalization;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Weighing;

namespace AllianceRules.Cli;

/// <summary>
/// <c>alliance-rules weigh</c>: every interpretive decision that adds content, ranked by what its
/// alternative reading moves (alone, then in pairs) over the decision table and the built-in
/// episodes. The run is long (a rulebook compiled and swept per reading and per pair): progress
/// goes to standard error at a terminal, Ctrl+C stops it, and <c>--budget</c> bounds it.
/// </summary>
internal static class WeighCommand
{
    public static Command Create(TextWriter stdout)
    {
        var format = new FormatOption("weigh", "Output format: text, md or json.", OutputFormat.Text, OutputFormat.Md, OutputFormat.Json);
        var budget = new Option<int>("--budget")
        {
            Description = string.Create(
                CultureInfo.InvariantCulture,
                $"The most assessments to run. It must cover the rulebook and every reading alone; the pairs are weighed, in catalogue order, while it lasts. Default: {ReadingWeights.DefaultMaxAssessments}, enough for every pair."),
            DefaultValueFactory = _ => ReadingWeights.DefaultMaxAssessments,
        };
        var rulebook = new RulebookOptions();
        var command = new Command(
            "weigh",
            "Rank the interpretive decisions that add content by what rejecting each moves: its alternative reading flipped alone, then with each other, over the decision table and the built-in episodes (rows, episodes, classes of conclusion, the scorecard before and after), load-bearing first, with the pairs that interact.");
        format.AddTo(command);
        command.Add(budget);
        rulebook.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var (options, amended) = rulebook.Get(parse);
            var maxAssessments = parse.GetValue(budget);
            if (maxAssessments < ReadingWeights.MinimumMaxAssessments)
            {
                throw new InputException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"--budget {maxAssessments} does not cover the rulebook and every reading alone: give at least {ReadingWeights.MinimumMaxAssessments} (no pairs), or {ReadingWeights.DefaultMaxAssessments} for every pair"));
            }

            var weights = CliProgress.Run(stdout, "weighing the readings", progress => ReadingWeights.Weigh(options, maxAssessments, progress, CliApp.Cancellation.Value));
            var heading = amended.Count == 0 ? "" : $" ({string.Join("; ", amended)})";
            stdout.Write(chosen switch
            {
                OutputFormat.Json => WeighingReport.RenderJson(weights),
                OutputFormat.Md => $"# Weighing the readings{MarkdownReport.Escape(heading)}\n\n{WeighingReport.RenderMarkdown(weights)}",
                _ => (amended.Count == 0 ? "" : $"Amended: {Names.Inert(string.Join("; ", amended))}\n") + WeighingReport.RenderText(weights),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
