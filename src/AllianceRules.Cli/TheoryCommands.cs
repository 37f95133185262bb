using System.CommandLine;
using System.Globalization;
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
        var amendments = new Option<string[]>("--amendment")
        {
            Description = "An assembly (.dll) whose IRulebookAmendment implementations amend the rulebook; may be given more than once. " +
                "An amendment is trusted code: loading it runs it with your permissions, so give only assemblies you would run yourself.",
            AllowMultipleArgumentsPerToken = false,
        };
        var disabledClaims = new Option<string[]>("--disable-claim") { Description = "A claim ID whose rules are switched off, such as C15; may be repeated." };
        var disabledRules = new Option<string[]>("--disable-rule") { Description = "A rule name to switch off, such as Offers.RejectAlignmentWhileBandwagoning; may be repeated." };
        var against = new Option<string>("--against")
        {
            Description = "A theory exported by `alliance-rules export-theory` (say, from the base of a pull request) to compare this rulebook with, instead of the article's rulebook as this build has it.",
        };
        var command = new Command(
            "diff",
            "Compare two rulebooks over the decision table and the built-in episodes: the article's (or --against an exported one) and this one, amended by the options. Prints Markdown for a pull-request comment, under 60,000 characters.")
        {
            amendments,
            disabledClaims,
            disabledRules,
            against,
        };
        command.SetAction(parse =>
        {
            var (options, described) = Options(parse.GetValue(amendments), parse.GetValue(disabledClaims), parse.GetValue(disabledRules));
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

    private static (AllianceRulesOptions Options, List<string> Described) Options(string[]? amendments, string[]? claims, string[]? rules)
    {
        var options = new AllianceRulesOptions();
        var described = new List<string>();
        foreach (var amendment in (amendments ?? []).SelectMany(AmendmentLoader.Load))
        {
            AmendmentLoader.Apply(amendment, options);
            described.Add(amendment.Description);
        }

        if (amendments is { Length: > 0 })
        {
            // Amendments are code we did not write: a rule of theirs that blocks must not hang the tool.
            options.RuleTimeout ??= AmendmentLoader.RuleTimeout;
        }

        foreach (var claim in claims ?? [])
        {
            options.DisabledClaims.Add(claim);
            described.Add($"without {claim}");
        }

        foreach (var rule in rules ?? [])
        {
            options.DisabledRules.Add(rule);
            described.Add($"without {rule}");
        }

        // A typo would otherwise read as "no conclusion changes"; every problem gets its own line.
        if (options.Validate() is { Count: > 0 } problems)
        {
            throw new InputException(problems);
        }

        return (options, described);
    }

    /// <summary>
    /// A change that leaves the rulebook unable to assess some scenarios (say, no rule left to draw
    /// a posture) is not a change of theory to compare: it is a broken rulebook, refused with one
    /// line that says what broke and where, rather than a diff that lists the breakage as moves.
    /// </summary>
    private static void RefuseBroken(TheoryExport after, List<string> described)
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
        if (!File.Exists(path))
        {
            throw new InputException($"--against: {path}: no such file");
        }

        try
        {
            return TheoryExport.Parse(File.ReadAllText(path));
        }
        catch (FormatException ex)
        {
            throw new InputException($"--against: {path}: {ex.Message}");
        }
    }
}
