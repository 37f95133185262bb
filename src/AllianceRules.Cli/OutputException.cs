namespace AllianceRules.Cli;

/// <summary>Standard output could not be written: the CLI says so in one line and exits <see cref="ExitCodes.OutputFailed"/>.</summary>
internal sealed class OutputException(string message) : Exception(message);
