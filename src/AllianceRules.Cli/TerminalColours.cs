using System.Text.RegularExpressions;

namespace AllianceRules.Cli;

/// <summary>
/// Colours the text report for a person at a terminal: headings bold, rule names cyan, input
/// facts dim. Never when output is redirected or NO_COLOR is set, so pipes and files get plain text.
/// </summary>
internal static partial class TerminalColours
{
    private const string Bold = "\u001b[1m";
    private const string Cyan = "\u001b[36m";
    private const string Dim = "\u001b[2m";
    private const string Reset = "\u001b[0m";

    public static bool Wanted(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static string Apply(string text)
    {
        var lines = text.Split('\n').Select(line =>
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                return Bold + line + Reset;
            }

            line = RuleName().Replace(line, m => m.Groups[1].Value + Cyan + m.Groups[2].Value + Reset);
            return line.EndsWith(" (input)", StringComparison.Ordinal) ? Dim + line + Reset : line;
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"^(\s*because )(\S+)")]
    private static partial Regex RuleName();
}
