namespace AllianceRules.Cli;

/// <summary>The exit codes of <c>alliance-rules</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>A check the command runs failed: <c>backtest</c> found an episode the rules do not reproduce.</summary>
    public const int CheckFailed = 1;

    /// <summary>The input (a scenario, an argument) was invalid; one <c>error:</c> line says where.</summary>
    public const int InvalidInput = 2;

    /// <summary>The run was cancelled (Ctrl+C).</summary>
    public const int Cancelled = 130;

    /// <summary>An unexpected failure inside the tool (a defect): reported in one line, never as a stack trace.</summary>
    public const int InternalError = 70;

    /// <summary>
    /// A rule (an amendment's) did not finish within the rule timeout; the message names it. The
    /// same code as <see cref="InternalError"/>: the tool could not finish, through no fault of the input.
    /// </summary>
    public const int RuleOverran = InternalError;

    /// <summary>Ended by SIGTERM (128 + 15, as shells report it).</summary>
    public const int Terminated = 143;

    /// <summary>The output could not be written (a full disk, a closed pipe).</summary>
    public const int OutputFailed = 74;
}
