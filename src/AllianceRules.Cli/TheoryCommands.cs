using System.CommandLine;
using System.Globalization;
using System.Text;
using AllianceRules.Files;
using AllianceRules.Rendering;
using AllianceRules.Theory;

namespace AllianceRules.Cli;

/// <summary>
/// The commands that compare rulebooks: <c>diff</c> (the article's rulebook, or an exported one,
/// against an amended or edited one) and <c>export-theory</c> (what a rulebook concludes, as
/// JSON, for a later <c>diff --against</c>).
/// </summary>
internal static class TheoryCommands
{
    public static Command Diff(Lazy<AllianceAssessor> assessor, TextWriter stdout)
    {
        var rulebook = new RulebookOptions();
        var against = new Option<string>("--against")
        {
            Description = "A theory exported by `alliance-rules export-theory` (say, from the base of a pull request) to compare this rulebook with, instead of the article's rulebook as this build has it.",
        };
        var command = new Command(
            "diff",
            "Compare two rulebooks over the decision table and the built-in episodes: the article's (or --against an exported one) and this one, amended by the options. Prints Markdown for a pull-request comment, under 60,000 characters.")
        {
            against,
        };
        rulebook.AddTo(command);
        command.SetAction(parse =>
        {
            var (options, described) = rulebook.Get(parse);
            var againstPath = parse.GetValue(against);
            if (described.Count == 0 && againstPath is null)
            {
                throw new InputException("give --against, --amendment, --disable-claim or --disable-rule: there is nothing to compare");
            }

            var before = againstPath is null
                ? CliProgress.Run(stdout, "the article's rulebook", progress => TheoryExport.Of(assessor.Value, null, progress, CliApp.Cancellation.Value))
                : Read(againstPath);
            var amended = described.Count == 0 ? assessor.Value : AmendmentLoader.Assessor(options);
            var after = CliProgress.Run(stdout, "the amended rulebook", progress => TheoryExport.Of(amended, null, progress, CliApp.Cancellation.Value));
            RefuseBroken(after, described);
            var title = againstPath is null
                ? string.Join("; ", described)
                : $"{before.Label ?? Path.GetFileName(againstPath)} → this rulebook{(described.Count == 0 ? "" : ", " + string.Join("; ", described))}";
            stdout.Write(TheoryDiffReport.RenderMarkdown(TheoryDiff.Compare(before, after), title));
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command ExportTheory(Lazy<AllianceAssessor> assessor, TextWriter stdout)
    {
        var label = new Option<string>("--label") { Description = "What the export is of, such as a git ref, for the heading of a later diff." };
        var command = new Command(
            "export-theory",
            "Write every conclusion of the decision table and the built-in episodes, with the rules, claims and decisions that drew it, and the backtest, as JSON: the input of `diff --against`. The same rulebook gives the same bytes.")
        {
            label,
        };
        command.SetAction(parse =>
        {
            var export = CliProgress.Run(stdout, "exporting", progress => TheoryExport.Of(assessor.Value, parse.GetValue(label), progress, CliApp.Cancellation.Value));
            stdout.Write(export.ToJson());
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>
    /// The largest export <c>diff --against</c> reads (16 MiB): an export of this rulebook is about
    /// 5 MB, and one far larger is not an export of it. Reading one takes some 15 times its size in
    /// memory (a 60 MB export with one huge value took 1 GB), so the cap bounds that too.
    /// </summary>
    internal const int MaxExportBytes = 16 * 1024 * 1024;

    /// <summary>
    /// A change that leaves the rulebook unable to assess some scenarios (say, no rule left to draw
    /// a posture) is not a change of theory to compare: it is a broken rulebook, refused with one
    /// line that says what broke and where, rather than a diff that lists the breakage as moves.
    /// </summary>
    private static void RefuseBroken(TheoryExport after, IReadOnlyList<string> described)
    {
        var rows = after.Table.Where(row => row.Row.Error is not null).ToList();
        var episodes = after.Episodes.Where(episode => episode.Error is not null).ToList();
        if (rows.Count + episodes.Count == 0)
        {
            return;
        }

        var error = rows.Select(row => row.Row.Error).Concat(episodes.Select(episode => episode.Error)).First();
        var change = described.Count == 0 ? "this rulebook" : "the rulebook " + string.Join("; ", described);
        var examples = episodes.Count == 0 ? "" : $" ({string.Join(", ", episodes.Take(3).Select(episode => episode.Scenario))}{(episodes.Count > 3 ? ", …" : "")})";
        throw new InputException(string.Create(
            CultureInfo.InvariantCulture,
            $"{change} is broken, not changed: on {rows.Count:N0} of {after.Table.Count:N0} decision-table rows and {episodes.Count} of {after.Episodes.Count} built-in episodes{examples} it draws no assessment: {error}"));
    }

    private static TheoryExport Read(string path)
    {
        byte[] bytes;
        try
        {
            bytes = InputFile.ReadAll(path, MaxExportBytes)
                ?? throw new InputException(string.Create(CultureInfo.InvariantCulture, $"--against: {path}: the file is larger than {MaxExportBytes:N0} bytes, the most an export may be (an export of this rulebook is about 5 MB)"));
        }
        catch (InputFileException ex)
        {
            throw new InputException($"--against: {path}: {ex.Message}");
        }

        string json;
        try
        {
            var text = bytes.AsSpan();
            json = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(text.StartsWith(Encoding.UTF8.Preamble) ? text[Encoding.UTF8.Preamble.Length..] : text);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"--against: {path}: not a theory export: the file is not valid UTF-8");
        }

        try
        {
            return TheoryExport.Parse(json);
        }
        catch (FormatException ex)
        {
            throw new InputException($"--against: {path}: {ex.Message}");
        }
    }
}
