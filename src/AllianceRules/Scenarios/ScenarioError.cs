namespace AllianceRules.Scenarios;

/// <summary>One problem with a scenario, located by its JSON path.</summary>
/// <param name="Path">Where the problem is, as a JSON path such as <c>$.offers[1].from</c>.</param>
/// <param name="Message">What is wrong there.</param>
public sealed record ScenarioError(string Path, string Message)
{
    /// <summary>
    /// The JSON path of a member of <paramref name="path"/>, as the reader writes it: <c>$.name</c>,
    /// or <c>$['a name']</c> where the name is not a plain identifier (quoted inert, and cut like any
    /// quoted value), so that a path never carries a megabyte name into an error.
    /// </summary>
    /// <param name="path">The path of the object, such as <c>$</c>.</param>
    /// <param name="name">The member's name, as the input spelled it.</param>
    /// <returns>The member's path.</returns>
    public static string MemberPath(string path, string name) => Serialization.JsonShapeChecker.Append(path, name);

    /// <summary>The error as one line: <c>$.path: what</c>.</summary>
    /// <returns>The path and the message.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
