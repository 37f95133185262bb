namespace AllianceRules.Scenarios;

/// <summary>
/// A scenario that has passed validation. The engine takes only these, so that a scenario is
/// validated once, where it comes in, and the type shows it.
/// </summary>
internal sealed class ValidScenario
{
    private ValidScenario(Scenario value) => Value = value;

    public Scenario Value { get; }

    /// <exception cref="ScenarioValidationException">The scenario is invalid.</exception>
    public static ValidScenario From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ScenarioValidator.ThrowIfInvalid(scenario);
        return new ValidScenario(scenario);
    }

    public static ValidScenario? TryFrom(Scenario scenario) =>
        ScenarioValidator.Validate(scenario).Count == 0 ? new ValidScenario(scenario) : null;

    /// <summary>For scenarios valid by construction (the decision table's points; a test pins that they are).</summary>
    public static ValidScenario Trusted(Scenario scenario) => new(scenario);
}
