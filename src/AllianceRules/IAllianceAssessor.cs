namespace AllianceRules;

/// <summary>Assesses scenarios with the compiled rulebook.</summary>
/// <threadsafety>Implementations are safe for concurrent callers: one instance serves a whole app.</threadsafety>
public interface IAllianceAssessor
{
    /// <summary>Draws every conclusion of the rulebook for <paramref name="scenario"/>, each with its claims and justification.</summary>
    /// <param name="scenario">The scenario to assess.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid; every problem is listed with its JSON path.</exception>
    /// <exception cref="RulebookException">The rule set misbehaved (a defect in the rules or an amendment).</exception>
    Assessment Assess(Scenario scenario);
}
