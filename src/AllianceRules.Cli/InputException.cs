namespace AllianceRules.Cli;

/// <summary>The command line asked for something that cannot be done with what it gave (no file, an unknown built-in).</summary>
internal sealed class InputException : Exception
{
    public InputException(string message)
        : base(message)
    {
        Messages = [message];
    }

    /// <summary>Several problems at once, each shown on its own error line.</summary>
    public InputException(IReadOnlyList<string> messages)
        : base(string.Join("; ", messages))
    {
        Messages = messages;
    }

    public IReadOnlyList<string> Messages { get; }
}
