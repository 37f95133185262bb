namespace AllianceRules.Scenarios;

/// <summary>A scenario is invalid. <see cref="Errors"/> lists every problem found, each with its JSON path.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="errors">Every problem, in document order; at least one.</param>
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(FormatMessage(errors))
    {
        Errors = errors;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string FormatMessage(IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? $"The scenario is invalid: {errors[0]}"
            : $"The scenario is invalid ({errors.Count} problems):\n{string.Join("\n", errors)}";
    }
}
