namespace AllianceRules;

/// <summary>
/// The version of the theory, separate from the package version: a change to any conclusion
/// the rules draw is a breaking change of the rulebook and bumps its major version.
/// </summary>
public static class RulebookVersion
{
    /// <summary>The rulebook version this package encodes.</summary>
    public static readonly string Current = "2.0.0";
}
