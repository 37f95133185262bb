using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace AllianceRules.Tests.Support;

/// <summary>
/// The library's XML documentation (AllianceRules.xml, built beside the assembly), as plain text:
/// what generated schemas say of each type and property, so that the schema and the API docs
/// cannot say different things.
/// </summary>
internal static partial class XmlDocs
{
    private static readonly Lazy<Dictionary<string, XElement>> Members = new(() =>
    {
        var path = Path.ChangeExtension(typeof(AllianceAssessor).Assembly.Location, ".xml");
        return XDocument.Load(path).Descendants("member").ToDictionary(m => (string)m.Attribute("name")!, StringComparer.Ordinal);
    });

    /// <summary>The summary of a property, or the <c>param</c> of a positional record that declares it.</summary>
    public static string? Of(PropertyInfo property)
    {
        var type = property.DeclaringType!;
        if (Members.Value.TryGetValue($"P:{Name(type)}.{property.Name}", out var member) && member.Element("summary") is { } summary)
        {
            return Text(summary);
        }

        return Members.Value.TryGetValue($"T:{Name(type)}", out var declaring)
            && declaring.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == property.Name) is { } param
            ? Text(param)
            : null;
    }

    /// <summary>The summary of a type.</summary>
    public static string? Of(Type type) =>
        Members.Value.TryGetValue($"T:{Name(type)}", out var member) && member.Element("summary") is { } summary ? Text(summary) : null;

    private static string Name(Type type) => type.FullName!.Replace('+', '.');

    private static string Text(XElement element)
    {
        var text = string.Concat(element.Nodes().Select(node => node switch
        {
            XText t => t.Value,
            XElement { Name.LocalName: "see" or "seealso" } e => ((string?)e.Attribute("langword")) ?? Short((string?)e.Attribute("cref") ?? e.Value),
            XElement { Name.LocalName: "paramref" or "typeparamref" } e => (string?)e.Attribute("name") ?? "",
            XElement e => e.Value,
            _ => "",
        }));
        return Spaces().Replace(text, " ").Trim();
    }

    private static string Short(string cref) => cref.Contains(':', StringComparison.Ordinal) ? cref[(cref.LastIndexOf('.') + 1)..] : cref;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
