namespace AllianceRules.Scenarios;

/// <summary>
/// A scenario that has passed validation. The scenario reader (<see cref="ScenarioJson"/>) returns
/// one, and the engine takes only these, so that a scenario is validated once, where it comes in,
/// and the type shows it: assessing a <see cref="ValidScenario"/> does not validate it again.
/// </summary>
public sealed class ValidScenario
{
    private ValidScenario(Scenario value) => Value = value;

    /// <summary>The scenario, as validated.</summary>
    public Scenario Value { get; }

    /// <summary>Validates a scenario built in code.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The scenario, marked valid.</returns>
    /// <exception cref="ScenarioValidationException">The scenario is invalid; every problem is listed with its JSON path.</exception>
    public static ValidScenario From(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ScenarioValidator.ThrowIfInvalid(scenario);
        return new ValidScenario(scenario);
    }

    internal static ValidScenario? TryFrom(Scenario scenario) =>
        ScenarioValidator.Validate(scenario).Count == 0 ? new ValidScenario(scenario) : null;

    /// <summary>For scenarios valid by construction (the decision table's points; a test pins that they are).</summary>
    internal static ValidScenario Trusted(Scenario scenario) => new(scenario);
}
