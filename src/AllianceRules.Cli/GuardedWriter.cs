using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace AllianceRules.Cli;

/// <summary>
/// Standard output for the commands: a write that fails (a full disk, a closed pipe) becomes an
/// <see cref="OutputException"/>, which the CLI reports in one line, instead of an unhandled crash.
/// </summary>
internal sealed class GuardedWriter(TextWriter inner) : TextWriter
{
    /// <summary>The writer underneath, to tell whether it is the console.</summary>
    public TextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    [AllowNull]
    public override string NewLine
    {
        get => Inner.NewLine;
        set => Inner.NewLine = value;
    }

    public override void Write(char value) => Guard(() => Inner.Write(value));

    public override void Write(string? value) => Guard(() => Inner.Write(value));

    public override void Write(char[] buffer, int index, int count) => Guard(() => Inner.Write(buffer, index, count));

    public override void WriteLine(string? value) => Guard(() => Inner.WriteLine(value));

    public override void Flush() => Guard(Inner.Flush);

    private static void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            throw new OutputException(ex is UnauthorizedAccessException && ex.InnerException is { } inner ? inner.Message : ex.Message);
        }
    }
}
