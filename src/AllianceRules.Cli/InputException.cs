namespace AllianceRules.Cli;

/// <summary>The command line asked for something that cannot be done with what it gave (no file, an unknown built-in).</summary>
internal sealed class InputException(string message) : Exception(message);
