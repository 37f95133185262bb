using AllianceRules.Scenarios;

namespace AllianceRules.Testing;

/// <summary>A scenario test file is invalid. <see cref="Errors"/> lists every problem found, each with its JSON path.</summary>
public sealed class ScenarioTestFileException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="file">The test file, as its reader was given it.</param>
    /// <param name="errors">Every problem, in document order; at least one.</param>
    public ScenarioTestFileException(string file, IReadOnlyList<ScenarioError> errors)
        : base(FormatMessage(file, errors))
    {
        File = file;
        Errors = errors;
    }

    /// <summary>The test file, as its reader was given it.</summary>
    public string File { get; }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }

    private static string FormatMessage(string file, IReadOnlyList<ScenarioError> errors)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(errors);
        return errors.Count == 1
            ? $"The scenario test file {file} is invalid: {errors[0]}"
            : $"The scenario test file {file} is invalid ({errors.Count} problems):\n{string.Join("\n", errors)}";
    }
}
