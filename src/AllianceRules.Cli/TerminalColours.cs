namespace AllianceRules.Cli;

/// <summary>
/// Whether to colour text output (<see cref="Rendering.TextStyle.Terminal"/>): only for a person
/// at a terminal; never when output is redirected or NO_COLOR is set, so pipes and files get plain text.
/// </summary>
internal static class TerminalColours
{
    public static bool Wanted(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
