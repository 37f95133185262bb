namespace AllianceRules;

/// <summary>
/// The rule set itself misbehaved (for example it drew no posture, or two): a defect in the
/// rules or in an amendment, never in the scenario.
/// </summary>
public sealed class RulebookException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What went wrong.</param>
    public RulebookException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause.</param>
    public RulebookException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>
    /// Whether a rule overran <see cref="AllianceRulesOptions.RuleTimeout"/> (the cause is then a
    /// <see cref="TimeoutException"/>): its thread could only be abandoned, so a sweep stops at once
    /// rather than abandon one per scenario, and a process that must end ends.
    /// </summary>
    public bool RuleOverran => InnerException is TimeoutException;
}
