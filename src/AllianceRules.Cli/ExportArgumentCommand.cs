using System.CommandLine;
using AllianceRules.Arguments;
using AllianceRules.Rendering;

namespace AllianceRules.Cli;

/// <summary>
/// <c>alliance-rules export-argument</c>: the rulebook's argument as a graph (claims, readings,
/// rules as inferences, conflicts) for Argdown, an AIF tool, or a GraphML editor.
/// </summary>
internal static class ExportArgumentCommand
{
    /// <summary>The formats, each with its name on the command line.</summary>
    private static readonly string[] Formats = ["argdown", "aif", "graphml", "json"];

    public static Command Create(Lazy<AllianceAssessor> assessor, TextWriter stdout)
    {
        var format = new Option<string>("--format")
        {
            Description = "Output format: argdown, aif (the Argument Interchange Format's JSON), graphml or json. Default: argdown.",
            DefaultValueFactory = _ => "argdown",
        };
        var rulebook = new RulebookOptions();
        var command = new Command(
            "export-argument",
            "Export the argument as a graph: the article's claims (with paragraph and hedge), the project's decisions (marked as readings) and their alternatives, each rule as an inference from its claims, readings and derived facts to the conclusions it draws, and the conflicts; every claim, decision and rule by its ID.")
        {
            format,
        };
        rulebook.AddTo(command);
        command.SetAction(parse =>
        {
            var name = parse.GetValue(format) ?? "";
            if (!Formats.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                throw new InputException($"--format {name} is not supported by export-argument (use argdown, aif, graphml or json)");
            }

            var (options, amended) = rulebook.Get(parse);
            var host = amended.Count == 0 ? assessor.Value : AmendmentLoader.Assessor(options);
            var map = ArgumentMap.Of(host, CliApp.Cancellation.Value);
            stdout.Write(name.ToLowerInvariant() switch
            {
                "aif" => ArgumentMapReport.RenderAif(map),
                "graphml" => ArgumentMapReport.RenderGraphml(map),
                "json" => ArgumentMapReport.RenderJson(map),
                _ => ArgumentMapReport.RenderArgdown(map),
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
