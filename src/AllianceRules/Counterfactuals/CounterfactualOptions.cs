namespace AllianceRules.Counterfactuals;

/// <summary>
/// What the counterfactual search (the why-not of an explanation, and what-if) may not change.
/// The roles are never changed, and by default neither is geography between third parties
/// (decision D33); <see cref="Fixed"/> holds more inputs fixed.
/// </summary>
public sealed record CounterfactualOptions
{
    /// <summary>No input held fixed beyond the roles and geography between third parties.</summary>
    public static CounterfactualOptions Default { get; } = new();

    /// <summary>
    /// Inputs the search must not change, each a path of the scenario in the syntax the changes
    /// print (<see cref="ScenarioChange.Field"/>): <c>relation.level</c>, <c>powers[0].stance</c>,
    /// <c>offers[1].domains</c>, <c>offers[+]</c>. A power may be named instead of numbered
    /// (<c>powers[United States].avoidsLandWar</c>), an offer by its source and kind
    /// (<c>offers[United States,SecurityGuarantee]</c>), and a path may stop early to hold a
    /// whole part (<c>relation</c>, <c>powers[0]</c>, <c>geography</c>, <c>offers</c>).
    /// A path that names nothing in the scenario is refused (<see cref="FormatException"/>), never ignored.
    /// </summary>
    public IReadOnlyList<string> Fixed { get; init; } = [];

    /// <summary>
    /// Whether the search may change geography between third parties: land borders between a
    /// great power and the neighbour. False by default, since no one can change them (D33); set
    /// it to probe what the theory reads from such a border.
    /// </summary>
    public bool VaryThirdPartyGeography { get; init; }

    /// <summary>
    /// What a search of <paramref name="scenario"/> under these options holds fixed, in the order
    /// the explanation and the what-if list it: the roles, geography between third parties, then
    /// <see cref="Fixed"/> as given. A caller checks its paths with it before a search (the CLI
    /// refuses a bad <c>--fix</c> before assessing anything).
    /// </summary>
    /// <param name="scenario">The scenario the paths are read against.</param>
    /// <returns>The inputs held fixed, each with its value in words and why.</returns>
    /// <exception cref="FormatException">A path names nothing the search varies, or nothing the scenario holds (a power or offer it does not declare, an index past its end); the message quotes the path and lists the choices.</exception>
    public IReadOnlyList<FixedInput> HeldIn(Scenario scenario) => HeldInputs.Resolve(scenario, this).Fixed;
}
