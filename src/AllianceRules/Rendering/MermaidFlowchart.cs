using System.Text;
using AllianceRules.Conclusions;

namespace AllianceRules.Rendering;

/// <summary>
/// Draws the justification of every conclusion as one Mermaid flowchart: input facts, the rule
/// firings that matched them, and the facts each firing drew. A fact or firing shared by many
/// conclusions is drawn once; node IDs follow the order of first appearance, so the chart is
/// the same for the same assessment.
/// </summary>
internal sealed class MermaidFlowchart
{
    private readonly StringBuilder _nodes = new();
    private readonly SortedSet<string> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

    public static string Render(Assessment assessment)
    {
        var chart = new MermaidFlowchart();
        foreach (var justification in assessment.Findings.SelectMany(finding => finding.Because))
        {
            chart.Drawn(justification);
        }

        return new StringBuilder("flowchart LR\n").Append(chart._nodes).AppendJoin("", chart._edges.Select(e => e + "\n")).ToString();
    }

    /// <summary>The fact a firing drew, as a hexagon fed by the firing.</summary>
    private string Drawn(Justification justification)
    {
        var node = Node("fact:" + justification.Drew, id => $"  {id}{{{{\"{Quote(justification.Drew)}\"}}}}\n");
        _edges.Add($"  {Firing(justification)} --> {node}");
        return node;
    }

    private string Firing(Justification justification)
    {
        var key = "rule:" + justification.Rule + ":" + string.Join("|", justification.Matched.Select(m => m.Fact + ":" + m.Text));
        if (_ids.TryGetValue(key, out var known))
        {
            return known;
        }

        var firing = Node(key, id => $"  {id}(\"{Quote(justification.Rule)}<br>{Quote(string.Join(", ", justification.Claims.Concat(justification.Decisions)))}\")\n");
        foreach (var fact in justification.Matched)
        {
            _edges.Add($"  {Fact(fact)} --> {firing}");
        }

        return firing;
    }

    private string Fact(MatchedFact fact)
    {
        if (fact.Because is not { } derived)
        {
            return Node("input:" + fact.Fact + ":" + fact.Text, id => $"  {id}[\"{Quote(fact.Text)}\"]\n");
        }

        var node = "";
        foreach (var justification in derived)
        {
            node = Drawn(justification);
        }

        return node;
    }

    private string Node(string key, Func<string, string> declaration)
    {
        if (!_ids.TryGetValue(key, out var id))
        {
            id = "n" + _ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _ids[key] = id;
            _nodes.Append(declaration(id));
        }

        return id;
    }

    /// <summary>
    /// A label as Mermaid text. Labels are always quoted, which keeps brackets and parentheses
    /// literal; what could close the quote, start an entity, or become HTML is written as an entity code.
    /// </summary>
    internal static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length);
        foreach (var c in Scenarios.Names.Inert(text))
        {
            _ = c switch
            {
                '#' => quoted.Append("#35;"),
                '"' => quoted.Append("#quot;"),
                '<' => quoted.Append("#lt;"),
                '>' => quoted.Append("#gt;"),
                '&' => quoted.Append("#amp;"),
                '`' => quoted.Append("#96;"),
                '\r' or '\n' => quoted.Append(' '),
                _ => quoted.Append(c),
            };
        }

        return quoted.ToString();
    }
}
