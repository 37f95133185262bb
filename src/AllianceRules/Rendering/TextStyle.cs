namespace AllianceRules.Rendering;

/// <summary>
/// How the text renderers mark up what they write: not at all, or with terminal colours (headings
/// bold, rule names cyan, input facts dim). The renderer applies the style as it writes each
/// part, so the marks follow the report's structure, never a pattern over finished text.
/// </summary>
public sealed class TextStyle
{
    private const string Bold = "\u001b[1m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    private readonly bool _ansi;

    private TextStyle(bool ansi) => _ansi = ansi;

    /// <summary>Plain text: for files, pipes and tests.</summary>
    public static TextStyle Plain { get; } = new(ansi: false);

    /// <summary>ANSI colours, for a terminal that shows them.</summary>
    public static TextStyle Terminal { get; } = new(ansi: true);

    internal string Heading(string line) => _ansi ? Bold + line + Reset : line;

    internal string Rule(string name) => _ansi ? Cyan + name + Reset : name;

    internal string Input(string line) => _ansi ? Dim + line + Reset : line;
}
