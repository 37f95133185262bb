using System.Text;
using AllianceRules.Theory;

namespace AllianceRules.Rendering;

/// <summary>Renders a <see cref="DecisionTable"/> as Markdown, CSV or JSON: one line per row, so a rule change shows as changed lines in review.</summary>
public static class DecisionTableReport
{
    private static readonly string[] Columns =
        ["level", "settlementFailed", "stance", "resolve", "landBorder", "avoidsLandWar", "offer", "domains", "aid", "posture", "response", "commitment", "outlook", "risks"];

    /// <summary>Renders as a Markdown table with a heading.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The Markdown.</returns>
    public static string RenderMarkdown(DecisionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var md = new StringBuilder();
        md.Append("# Decision table (rulebook ").Append(RulebookVersion.Current).Append(")\n\n");
        md.Append("One extra-regional great power that respects the hedging state's political system makes one offer; the hedging state borders the neighbour. ")
            .Append(table.Rows.Count).Append(" rows.\n\n");
        md.Append("| ").Append(string.Join(" | ", Columns)).Append(" |\n|").Append(string.Concat(Columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in table.Rows)
        {
            md.Append("| ").Append(string.Join(" | ", row.Cells())).Append(" |\n");
        }

        return md.ToString();
    }

    /// <summary>Renders as CSV with a header line (RFC 4180 quoting where needed); a cell with no value is empty.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The CSV.</returns>
    public static string RenderCsv(DecisionTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var csv = new StringBuilder().Append(string.Join(",", Columns)).Append('\n');
        foreach (var row in table.Rows)
        {
            // Empty, not the Markdown dash: a spreadsheet or a CSV reader takes an empty cell as no value.
            csv.Append(string.Join(",", row.Cells(none: "").Select(Quote))).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n']) < 0 ? cell : "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
