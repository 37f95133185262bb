namespace AllianceRules.Scenarios;

/// <summary>
/// Input that is valid but odd: the rulebook reads it as given, and the warning says what a reader
/// may not expect (docs/scenario-format.md, "Warnings"). A warning never changes a conclusion.
/// </summary>
/// <param name="Id">The warning's stable ID, such as <c>W01</c>.</param>
/// <param name="Path">Where in the scenario, as a JSON path such as <c>$.offers[1]</c>.</param>
/// <param name="Message">What is odd there, and how the rulebook reads it.</param>
public sealed record ScenarioWarning(string Id, string Path, string Message)
{
    /// <summary>The warning as one line: <c>W01 $.path: what</c>.</summary>
    /// <returns>The ID, the path and the message.</returns>
    public override string ToString() => $"{Id} {Path}: {Message}";
}
