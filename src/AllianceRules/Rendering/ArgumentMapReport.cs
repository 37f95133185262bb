using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using AllianceRules.Arguments;
using AllianceRules.Scenarios;

namespace AllianceRules.Rendering;

/// <summary>
/// Writes an <see cref="ArgumentMap"/> for the tools critics use: Argdown (text), the Argument
/// Interchange Format's JSON (I-, RA- and CA-nodes), GraphML (yEd, draw.io, Gephi) and the map's
/// own JSON. Every name and text is written as data: escaped for XML and JSON by their writers, and
/// for Argdown by a backslash before each character that would start markup.
/// </summary>
public static class ArgumentMapReport
{
    private const string GraphMl = "http://graphml.graphdrawing.org/xmlns";

    /// <summary>Writes the map's own JSON: statements, inferences and conflicts with their IDs.</summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string RenderJson(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return JsonSerializer.Serialize(map, ArgumentJsonContext.Default.ArgumentMap).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// Writes the map in the Argument Interchange Format's JSON: an I-node per statement (its ID
    /// first in its text), an RA-node per rule with edges from its premises and to its conclusions,
    /// and a CA-node per conflict with an edge from the attacker and one to the attacked.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <returns>The JSON text, ending in a newline.</returns>
    public static string RenderAif(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var nodes = new List<AifNode>();
        var edges = new List<AifEdge>();
        void Edge(string from, string to) => edges.Add(new AifEdge((edges.Count + 1).ToString(CultureInfo.InvariantCulture), from, to));

        nodes.AddRange(map.Statements.Select(s => new AifNode(s.Id, $"{s.Id}: {s.Text}{(s.Hedge is null ? "" : $" (hedged: \"{s.Hedge}\")")}", "I")));
        foreach (var inference in map.Inferences)
        {
            var id = "RA:" + inference.Id;
            nodes.Add(new AifNode(id, $"{inference.Id}: {inference.Description}", "RA"));
            foreach (var premise in inference.Premises)
            {
                Edge(premise, id);
            }

            foreach (var conclusion in inference.Conclusions)
            {
                Edge(id, conclusion);
            }
        }

        var inferences = map.Inferences.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var conflict in map.Conflicts)
        {
            var id = "CA:" + conflict.Id;
            nodes.Add(new AifNode(id, conflict.Text, "CA"));
            Edge(inferences.Contains(conflict.Attacker) ? "RA:" + conflict.Attacker : conflict.Attacker, id);
            Edge(id, inferences.Contains(conflict.Attacked) ? "RA:" + conflict.Attacked : conflict.Attacked);
        }

        return JsonSerializer.Serialize(new AifDocument(nodes, edges, []), ArgumentJsonContext.Default.AifDocument).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>
    /// Writes the map as GraphML: a node per statement and per rule (<c>kind</c>: claim, reading,
    /// alternative, derived, conclusion, rule), a <c>premise</c> edge from each premise to its rule,
    /// a <c>conclusion</c> edge from each rule to what it draws, and a <c>conflict</c> edge per conflict.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <returns>The XML text, ending in a newline.</returns>
    public static string RenderGraphml(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var text = new StringBuilder();
        var settings = new XmlWriterSettings { Indent = true, NewLineChars = "\n", Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, CheckCharacters = false };
        using (var xml = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("graphml", GraphMl);
            foreach (var (id, target, name) in new[] { ("kind", "node", "kind"), ("label", "node", "label"), ("text", "node", "text"), ("hedge", "node", "hedge"), ("paragraphs", "node", "paragraphs"), ("relation", "edge", "relation") })
            {
                xml.WriteStartElement("key", GraphMl);
                xml.WriteAttributeString("id", id);
                xml.WriteAttributeString("for", target);
                xml.WriteAttributeString("attr.name", name);
                xml.WriteAttributeString("attr.type", "string");
                xml.WriteEndElement();
            }

            xml.WriteStartElement("graph", GraphMl);
            xml.WriteAttributeString("id", "argument");
            xml.WriteAttributeString("edgedefault", "directed");
            foreach (var statement in map.Statements)
            {
                Node(xml, statement.Id, KindName(statement.Kind), statement.Title ?? statement.Id, statement.Text, statement.Hedge, statement.Paragraphs);
            }

            foreach (var inference in map.Inferences)
            {
                Node(xml, "rule:" + inference.Id, "rule", inference.Id, inference.Description, null, []);
            }

            var edge = 0;
            void Edge(string from, string to, string relation)
            {
                xml.WriteStartElement("edge", GraphMl);
                xml.WriteAttributeString("id", "e" + (++edge).ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("source", XmlId(from));
                xml.WriteAttributeString("target", XmlId(to));
                Data(xml, "relation", relation);
                xml.WriteEndElement();
            }

            var inferences = map.Inferences.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var inference in map.Inferences)
            {
                foreach (var premise in inference.Premises)
                {
                    Edge(premise, "rule:" + inference.Id, "premise");
                }

                foreach (var conclusion in inference.Conclusions)
                {
                    Edge("rule:" + inference.Id, conclusion, "conclusion");
                }
            }

            foreach (var conflict in map.Conflicts)
            {
                Edge(inferences.Contains(conflict.Attacker) ? "rule:" + conflict.Attacker : conflict.Attacker, inferences.Contains(conflict.Attacked) ? "rule:" + conflict.Attacked : conflict.Attacked, "conflict");
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>
    /// Writes the map in Argdown: each statement as <c>[ID]: text</c> under its kind, each rule as a
    /// premise–conclusion structure (<c>&lt;rule&gt;</c>, numbered premises, a line, the conclusions),
    /// and each conflict as a contradiction (<c>&gt;&lt;</c>) under the attacked statement.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <returns>The Argdown text.</returns>
    public static string RenderArgdown(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var text = new StringBuilder();
        text.Append("===\ntitle: AllianceRules, the argument of rulebook ").Append(Argdown(map.Rulebook)).Append("\n===\n\n");
        text.Append("// Generated by `alliance-rules export-argument --format argdown`. Claims are the article's (paraphrased), readings the project's decisions, each rule an argument.\n");
        foreach (var (kind, heading) in new[] { (StatementKind.Claim, "Claims"), (StatementKind.Reading, "Readings (the project's decisions)"), (StatementKind.AlternativeReading, "Alternative readings"), (StatementKind.DerivedFact, "Derived facts"), (StatementKind.Conclusion, "Conclusions") })
        {
            text.Append("\n# ").Append(heading).Append("\n\n");
            foreach (var statement in map.Statements.Where(s => s.Kind == kind))
            {
                text.Append('[').Append(Title(statement.Id)).Append("]: ").Append(Argdown(statement.Text));
                if (statement.Paragraphs.Count > 0)
                {
                    text.Append(" (¶").Append(string.Join(", ¶", statement.Paragraphs)).Append(')');
                }

                if (statement.Hedge is not null)
                {
                    text.Append(" (hedged: “").Append(Argdown(statement.Hedge)).Append("”)");
                }

                text.Append(" #").Append(KindName(kind)).Append('\n');
                foreach (var conflict in map.Conflicts.Where(c => c.Attacked == statement.Id))
                {
                    text.Append("  >< [").Append(Title(conflict.Attacker)).Append("]\n");
                }
            }
        }

        text.Append("\n# Rules\n");
        foreach (var inference in map.Inferences)
        {
            text.Append("\n<").Append(Title(inference.Id)).Append(">: ").Append(Argdown(inference.Description)).Append(" #rule\n\n");
            var n = 0;
            foreach (var premise in inference.Premises)
            {
                text.Append('(').Append(++n).Append(") [").Append(Title(premise)).Append("]\n");
            }

            text.Append("----\n");
            if (inference.Conclusions.Count == 0)
            {
                text.Append('(').Append(++n).Append(") [").Append(Title("nothing the built-ins draw: " + inference.Id)).Append("]\n");
            }

            foreach (var conclusion in inference.Conclusions)
            {
                text.Append('(').Append(++n).Append(") [").Append(Title(conclusion)).Append("]\n");
            }
        }

        var rules = map.Inferences.Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var between = map.Conflicts.Where(c => rules.Contains(c.Attacker)).ToArray();
        if (between.Length > 0)
        {
            text.Append("\n# Conflicting rules\n\n");
            foreach (var conflict in between)
            {
                text.Append('<').Append(Title(conflict.Attacker)).Append(">\n  - <").Append(Title(conflict.Attacked)).Append(">\n");
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Writes the overview of the argument as a Mermaid flowchart (which GitHub renders): the claims
    /// and the readings, each joined to the rulebook sections whose rules rest on it, and each
    /// section to the kinds of conclusion (or the derived facts) its rules draw. The rules themselves
    /// are in the other formats; at this scale, a section stands for its rules.
    /// </summary>
    /// <param name="map">The map.</param>
    /// <returns>The Mermaid text, in a fenced block.</returns>
    public static string RenderMermaidOverview(ArgumentMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        var kinds = map.Statements.ToDictionary(s => s.Id, s => s.Kind, StringComparer.Ordinal);
        static string Section(string rule) => rule.Split('.')[0];
        string Target(string statement) => kinds.GetValueOrDefault(statement) == StatementKind.DerivedFact
            ? "derived facts"
            : statement.Split('[', ' ')[0];
        var premises = new SortedSet<(string From, string Section)>();
        var drawn = new SortedSet<(string Section, string Kind)>();
        foreach (var inference in map.Inferences)
        {
            foreach (var premise in inference.Premises)
            {
                premises.Add((kinds.GetValueOrDefault(premise) == StatementKind.DerivedFact ? "derived facts" : premise, Section(inference.Id)));
            }

            foreach (var conclusion in inference.Conclusions)
            {
                drawn.Add((Section(inference.Id), Target(conclusion)));
            }
        }

        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string name) => ids.TryGetValue(name, out var id) ? id : ids[name] = "n" + ids.Count.ToString(CultureInfo.InvariantCulture);
        var text = new StringBuilder("```mermaid\nflowchart LR\n");
        void Group(string title, IEnumerable<string> names)
        {
            text.Append("  subgraph ").Append(Id("group:" + title)).Append(" [\"").Append(MermaidFlowchart.Quote(title)).Append("\"]\n");
            foreach (var name in names)
            {
                text.Append("    ").Append(Id(name)).Append("[\"").Append(MermaidFlowchart.Quote(name)).Append("\"]\n");
            }

            text.Append("  end\n");
        }

        var cited = premises.Select(p => p.From).ToHashSet(StringComparer.Ordinal);
        Group("claims", map.Statements.Where(s => s.Kind == StatementKind.Claim && cited.Contains(s.Id)).Select(s => s.Id));
        Group("readings", map.Statements.Where(s => s.Kind == StatementKind.Reading && cited.Contains(s.Id)).Select(s => s.Id));
        Group("rules, by section", map.Inferences.Select(i => Section(i.Id)).Distinct().Order(StringComparer.Ordinal));
        Group("conclusions", drawn.Select(d => d.Kind).Where(k => k != "derived facts").Distinct().Order(StringComparer.Ordinal));
        if (drawn.Any(d => d.Kind == "derived facts"))
        {
            text.Append("  ").Append(Id("derived facts")).Append("([\"derived facts\"])\n");
        }

        foreach (var (from, section) in premises)
        {
            text.Append("  ").Append(Id(from)).Append(kinds.GetValueOrDefault(from) == StatementKind.Reading ? " -.-> " : " --> ").Append(Id(section)).Append('\n');
        }

        foreach (var (section, kind) in drawn)
        {
            text.Append("  ").Append(Id(section)).Append(" --> ").Append(Id(kind)).Append('\n');
        }

        return text.Append("```\n").ToString();
    }

    private static void Node(XmlWriter xml, string id, string kind, string label, string text, string? hedge, IReadOnlyList<int> paragraphs)
    {
        xml.WriteStartElement("node", GraphMl);
        xml.WriteAttributeString("id", XmlId(id));
        Data(xml, "kind", kind);
        Data(xml, "label", label);
        Data(xml, "text", text);
        if (hedge is not null)
        {
            Data(xml, "hedge", hedge);
        }

        if (paragraphs.Count > 0)
        {
            Data(xml, "paragraphs", string.Join(",", paragraphs));
        }

        xml.WriteEndElement();
    }

    private static void Data(XmlWriter xml, string key, string value)
    {
        xml.WriteStartElement("data", GraphMl);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Names.InertLines(value));
        xml.WriteEndElement();
    }

    // XML 1.0 cannot carry most control characters even escaped (&#x1B; is not well-formed), nor a
    // lone surrogate, and a right-to-left override would reorder a label where it is shown: an
    // amendment's text and rule names could hold them. Every attribute and text is made inert, as
    // the command line prints such text (\u001B).

    /// <summary>A node's ID, inert and one to one: a backslash is doubled first, so that a name holding ESC and one holding the text \u001B stay two nodes.</summary>
    private static string XmlId(string id) => Names.Inert(id.Replace("\\", "\\\\", StringComparison.Ordinal));

    private static string KindName(StatementKind kind) => kind switch
    {
        StatementKind.Claim => "claim",
        StatementKind.Reading => "reading",
        StatementKind.AlternativeReading => "alternative",
        StatementKind.DerivedFact => "derived",
        _ => "conclusion",
    };

    // Argdown's titles end at ] or >, and its text reads #tags, [mentions], <mentions>, *emphasis*
    // and _emphasis_: each such character is escaped, line breaks end nothing, and what a terminal
    // or a page would act on is made inert first (its backslash then escaped like any other).
    private static string Argdown(string text)
    {
        var inert = Names.Inert(text.Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' '));
        var escaped = new StringBuilder(inert.Length);
        foreach (var c in inert)
        {
            if (c is '\\' or '[' or ']' or '<' or '>' or '#' or '*' or '_' or '@')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static string Title(string id) => Argdown(id);
}
