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

    /// <summary>
    /// The most problems <see cref="Exception.Message"/> lists (the web service's problem body too);
    /// a line counts the rest. A megabyte of unknown properties is about 100,000 problems: their
    /// message, all joined, took 30 MB a request and ran a 512 MiB heap out of memory under a flood.
    /// </summary>
    public const int MaxListed = 100;

    private static string FormatMessage(IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count switch
        {
            1 => $"The scenario is invalid: {errors[0]}",
            <= MaxListed => $"The scenario is invalid ({errors.Count} problems):\n{string.Join("\n", errors)}",
            _ => string.Create(
                System.Globalization.CultureInfo.InvariantCulture,
                $"The scenario is invalid ({errors.Count} problems):\n{string.Join("\n", errors.Take(MaxListed))}\nand {errors.Count - MaxListed} more"),
        };
    }
}
