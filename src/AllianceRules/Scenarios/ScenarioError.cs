namespace AllianceRules.Scenarios;

/// <summary>One problem with a scenario, located by its JSON path.</summary>
/// <param name="Path">Where the problem is, as a JSON path such as <c>$.offers[1].from</c>.</param>
/// <param name="Message">What is wrong there.</param>
public sealed record ScenarioError(string Path, string Message)
{
    /// <summary>The error as one line: <c>$.path: what</c>.</summary>
    /// <returns>The path and the message.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
