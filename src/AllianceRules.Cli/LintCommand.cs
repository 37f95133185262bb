using System.CommandLine;
using AllianceRules.Rendering;
using AllianceRules.Scenarios;
using AllianceRules.Theory;

namespace AllianceRules.Cli;

/// <summary>
/// <c>alliance-rules lint</c>: the rulebook over the decision table and the built-in episodes:
/// rules that never fire, redundant rules, conflicting rules, and the claims ranked by load. A
/// finding is not an error: the exit is 0 unless <c>--fail-on KIND</c> names one that occurs.
/// </summary>
internal static class LintCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var kinds = Enum.GetValues<LintFindingKind>().ToDictionary(TheoryLintReport.NameOf, kind => kind, StringComparer.Ordinal);
        var format = new FormatOption("lint", "Output format: text or md.", OutputFormat.Text, OutputFormat.Md);
        var failOn = new Option<string[]>("--fail-on")
        {
            Description = $"Exit 1 when a finding of this kind occurs: {string.Join(", ", kinds.Keys)}; may be repeated or comma-separated.",
        };
        var rulebook = new RulebookOptions();
        var command = new Command(
            "lint",
            "Lint the rulebook over the decision table and the built-in episodes: rules that never fire, rules whose removal changes nothing, rules that draw conflicting values, and the claims ranked by the conclusions that rest on them.");
        format.AddTo(command);
        command.Add(failOn);
        rulebook.AddTo(command);
        command.SetAction(parse =>
        {
            var chosen = format.Get(parse);
            var failing = new List<LintFindingKind>();
            foreach (var name in (parse.GetValue(failOn) ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
            {
                failing.Add(kinds.TryGetValue(name, out var kind)
                    ? kind
                    : throw new InputException($"--fail-on: {Names.Quote(name)} is not a kind of finding (use {string.Join(", ", kinds.Keys)})"));
            }

            var (options, amended) = rulebook.Get(parse);
            var lint = TheoryLint.Run(options, CliApp.Cancellation.Value);
            if (chosen == OutputFormat.Md)
            {
                stdout.Write($"# Theory lint{(amended.Count == 0 ? "" : $": {MarkdownReport.Escape(string.Join("; ", amended))}")}\n\n");
                stdout.Write(TheoryLintReport.RenderMarkdown(lint));
            }
            else
            {
                if (amended.Count > 0)
                {
                    stdout.Write($"Amended: {Names.Inert(string.Join("; ", amended))}\n");
                }

                stdout.Write(TheoryLintReport.RenderText(lint));
            }

            var found = failing.Distinct().Where(lint.Found.Contains).ToArray();
            foreach (var kind in found)
            {
                stderr.WriteLine($"lint: {TheoryLintReport.NameOf(kind)} found (--fail-on {TheoryLintReport.NameOf(kind)})");
            }

            return found.Length > 0 ? ExitCodes.CheckFailed : ExitCodes.Success;
        });
        return command;
    }
}
