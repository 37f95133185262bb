using System.Globalization;
using AllianceRules.Scenarios;

namespace AllianceRules.Cli;

/// <summary>
/// The <c>error:</c> lines on standard error. A line never carries a character a terminal would
/// act on (<see cref="Names.Inert"/> writes them as <c>\u</c> escapes, whatever the input held); a long list stops
/// after <see cref="MaxLines"/> lines with how many more there were; and a standard error that
/// cannot be written is given up on, never crashed on.
/// </summary>
internal sealed class ErrorWriter(TextWriter stderr)
{
    /// <summary>The most error lines written for one failure.</summary>
    public const int MaxLines = 20;

    public void Write(string message) => WriteAll([message]);

    public void WriteAll(IReadOnlyList<string> messages)
    {
        try
        {
            foreach (var message in messages.Take(MaxLines))
            {
                stderr.WriteLine("error: " + Names.Inert(message));
            }

            if (messages.Count > MaxLines)
            {
                stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"error: and {messages.Count - MaxLines} more"));
            }

            stderr.Flush();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            // Nowhere left to say it: the exit code still does.
        }
    }
}
