using AllianceRules;
using AllianceRules.Claims;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using Spectre.Console;

// The article's story told by the engine: each episode from 1975 to today, what changed since
// the one before, and what the rules conclude, with the claim behind each step.
var assessor = new AllianceAssessor();
Scenario? previous = null;

AnsiConsole.Write(new Rule("[bold]Vietnam between China and the great powers, 1975 to today[/]"));
AnsiConsole.MarkupLine("Each episode is a built-in scenario; the rules are the same throughout. Claims are the article's, by ID and paragraph.");
AnsiConsole.WriteLine();

foreach (var scenario in HistoricalScenarios.All)
{
    var assessment = assessor.Assess(scenario);
    AnsiConsole.Write(new Rule($"[yellow]{Markup.Escape(scenario.Date ?? "")}[/]  {Markup.Escape(scenario.Title ?? scenario.Id ?? "")}").LeftJustified());

    foreach (var change in WhatChanged(previous, scenario))
    {
        AnsiConsole.MarkupLine($"  [grey]since the last episode:[/] {Markup.Escape(change)}");
    }

    var table = new Table().Border(TableBorder.Rounded).AddColumn("conclusion").AddColumn("value").AddColumn("because (claims)");
    table.AddRow("posture", $"[bold]{assessment.Posture.Value}[/]", Cite(assessment.Posture.Claims));
    foreach (var response in assessment.Responses)
    {
        table.AddRow(Markup.Escape($"{response.Kind} from {response.From}"), response.Decision.ToString(), Cite(response.Claims));
    }

    foreach (var commitment in assessment.Commitments)
    {
        var verdict = commitment.Credible ? "credible" : "not credible: " + string.Join(", ", commitment.Gaps.Select(g => g.Gap));
        table.AddRow(Markup.Escape($"commitment of {commitment.Power}"), Markup.Escape(verdict), Cite(commitment.Claims));
    }

    foreach (var risk in assessment.Risks)
    {
        table.AddRow("risk", Markup.Escape(risk.Power is null ? risk.Risk.ToString() : $"{risk.Risk} ({risk.Power})"), Cite(risk.Claims));
    }

    foreach (var outlook in assessment.Outlook)
    {
        table.AddRow(Markup.Escape($"alliance with {outlook.Power}"), outlook.Alliance.ToString(), Cite(outlook.Claims));
    }

    AnsiConsole.Write(table);
    if (assessment.Backtest is { } backtest)
    {
        AnsiConsole.MarkupLine(
            backtest.Misses.Count > 0 ? $"  [red]misses the record:[/] {Markup.Escape(string.Join("; ", backtest.Misses.Select(m => $"{m.Field} predicted {m.Predicted}, observed {m.Observed}")))}"
            : backtest.Matches ? "  [green]matches the record[/]"
            : $"  [grey]the rulebook is silent on the record (an abstention):[/] {Markup.Escape(string.Join("; ", backtest.Abstentions))}");
    }
    else
    {
        AnsiConsole.MarkupLine("  [grey]a forecast: no record to compare[/]");
    }

    AnsiConsole.WriteLine();
    previous = scenario;
}

static string Cite(IReadOnlyList<string> claims) =>
    claims.Count == 0
        ? "[grey]the article is silent[/]"
        : Markup.Escape(string.Join(", ", claims.Select(Cited)));

// A claim by ID and paragraph, with the article's hedge where it hedges: C12 ¶6 ("likely to arouse").
static string Cited(string id)
{
    var claim = ClaimCatalogue.Find(id)!;
    var cited = $"{id} ¶{string.Join(",", claim.Paragraphs)}";
    return claim.Hedge is null ? cited : $"{cited} (\"{claim.Hedge}\")";
}

static IEnumerable<string> WhatChanged(Scenario? before, Scenario after)
{
    if (before is null)
    {
        yield break;
    }

    if (before.Relation != after.Relation)
    {
        yield return $"relations {before.Relation.Level} → {after.Relation.Level}"
            + (after.Relation.SettlementFailed && !before.Relation.SettlementFailed ? ", and the attempt to settle has failed" : "");
    }

    foreach (var power in after.Powers)
    {
        if (before.Powers.FirstOrDefault(p => p.Name == power.Name) is not { } old)
        {
            yield return $"{power.Name} enters: stance {power.Stance}, resolve {power.Resolve}";
        }
        else if (old.Stance != power.Stance || old.Resolve != power.Resolve)
        {
            yield return $"{power.Name}: stance {old.Stance} → {power.Stance}, resolve {old.Resolve} → {power.Resolve}";
        }
    }

    var offered = after.Offers.Where(o => !before.Offers.Contains(o)).Select(o => $"{o.Kind} from {o.From}").ToArray();
    if (offered.Length > 0)
    {
        yield return "on the table: " + string.Join(", ", offered);
    }

    if (after.Coercion.Count > 0)
    {
        yield return "coercion: " + string.Join(", ", after.Coercion.Select(c => $"{c.Kind} ({c.Domain}, {c.Year})"));
    }
}
