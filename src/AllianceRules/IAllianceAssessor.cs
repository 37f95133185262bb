using AllianceRules.Claims;
using AllianceRules.Counterfactuals;
using AllianceRules.Diagnostics;
using AllianceRules.Explanations;
using AllianceRules.Scenarios;

namespace AllianceRules;

/// <summary>Assesses scenarios with the compiled rulebook, and explains and explores what it concludes.</summary>
/// <threadsafety>Implementations are safe for concurrent callers: one instance serves a whole app.</threadsafety>
// RS0026 warns that overloads with optional parameters can become ambiguous as they grow. Each
// pair here differs in its first parameter (a Scenario, or a ValidScenario that needs no second
// validation), which no optional parameter can make ambiguous.
// The overloads without CounterfactualOptions are implemented here, over those with it, so an
// implementation writes the search once and cannot answer the two differently.
#pragma warning disable RS0026
public interface IAllianceAssessor
{
    /// <summary>
    /// Every rule this assessor applies, ordered by name, with its claims and decisions: the
    /// rulebook as compiled (claims switched off are absent, amendments present), so that a host
    /// that has only the interface (a web service, say) can publish what its conclusions rest on.
    /// </summary>
    IReadOnlyList<RuleDescription> Rules { get; }

    /// <summary>Draws every conclusion of the rulebook for <paramref name="scenario"/>, each with its claims and justification.</summary>
    /// <param name="scenario">The scenario to assess.</param>
    /// <param name="cancellationToken">Stops the assessment between rule firings.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid; every problem is listed with its JSON path.</exception>
    /// <exception cref="RulebookException">The rule set misbehaved (a defect in the rules or an amendment).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (seen between rule firings).</exception>
    Assessment Assess(Scenario scenario, CancellationToken cancellationToken = default);

    /// <summary>
    /// Draws every conclusion of the rulebook for a scenario already validated (as
    /// <see cref="ScenarioJson"/> returns it), without validating it again.
    /// </summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="cancellationToken">Stops the assessment between rule firings.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="RulebookException">The rule set misbehaved (a defect in the rules or an amendment).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled (seen between rule firings).</exception>
    Assessment Assess(ValidScenario scenario, CancellationToken cancellationToken = default);

    /// <summary>
    /// Assesses a sequence of scenarios, each as <see cref="Assess(Scenario, CancellationToken)"/> would; for sweeps over many
    /// similar scenarios, where each costs only what changes from the one before.
    /// </summary>
    /// <param name="scenarios">The scenarios, assessed lazily in order as the result is enumerated.</param>
    /// <param name="progress">Told how many scenarios have been assessed.</param>
    /// <param name="cancellationToken">Stops the sweep between assessments and rule firings.</param>
    /// <returns>One assessment per scenario, in order.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">A scenario is invalid (raised when it is reached).</exception>
    /// <exception cref="RulebookException">The rule set misbehaved on a scenario (raised when it is reached).</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    IEnumerable<Assessment> AssessMany(IEnumerable<Scenario> scenarios, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Explains one conclusion of <paramref name="scenario"/>: why it was drawn, or, for a value
    /// that was not, what stands in the way and the smallest changes to the input that would draw it.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">The question does not name a conclusion, or asks a value its kind cannot take.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Explanation Explain(Scenario scenario, string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Explain(scenario, conclusion, CounterfactualOptions.Default, progress, cancellationToken);

    /// <summary>Explains one conclusion of a scenario already validated, without validating it again; otherwise as <see cref="Explain(Scenario, string, IProgress{SweepProgress}?, CancellationToken)"/>.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="FormatException">The question does not name a conclusion, or asks a value its kind cannot take.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Explanation Explain(ValidScenario scenario, string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Explain(scenario, conclusion, CounterfactualOptions.Default, progress, cancellationToken);

    /// <summary>
    /// Explains one conclusion of <paramref name="scenario"/> as <see cref="Explain(Scenario, string, IProgress{SweepProgress}?, CancellationToken)"/>
    /// does, with a why-not search that changes nothing <paramref name="options"/> holds fixed.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="options">What the search may not change (<see cref="CounterfactualOptions.Fixed"/>); the explanation lists what was held (<see cref="Explanation.Fixed"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">The question does not name a conclusion, or asks a value its kind cannot take; or a fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Explanation Explain(Scenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Explains one conclusion of a scenario already validated, without validating it again; otherwise as <see cref="Explain(Scenario, string, CounterfactualOptions, IProgress{SweepProgress}?, CancellationToken)"/>.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="options">What the search may not change.</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="FormatException">The question does not name a conclusion, or asks a value its kind cannot take; or a fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Explanation Explain(ValidScenario scenario, string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// For every conclusion of <paramref name="scenario"/>, the smallest changes to the input (one,
    /// else two) that give it another value, within the search budget (<see cref="AllianceRulesOptions.MaxSearchAssessments"/>).
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <returns>The flips found.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    WhatIf Explore(Scenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Explore(scenario, CounterfactualOptions.Default, progress, cancellationToken);

    /// <summary>The what-if exploration of a scenario already validated, without validating it again; otherwise as <see cref="Explore(Scenario, IProgress{SweepProgress}?, CancellationToken)"/>.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <returns>The flips found.</returns>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    WhatIf Explore(ValidScenario scenario, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Explore(scenario, CounterfactualOptions.Default, progress, cancellationToken);

    /// <summary>
    /// The what-if exploration of <paramref name="scenario"/>, as <see cref="Explore(Scenario, IProgress{SweepProgress}?, CancellationToken)"/>,
    /// proposing no change of what <paramref name="options"/> holds fixed.
    /// </summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="options">What the search may not change (<see cref="CounterfactualOptions.Fixed"/>); the result lists what was held (<see cref="WhatIf.Fixed"/>).</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <returns>The flips found.</returns>
    /// <exception cref="Scenarios.ScenarioValidationException">The scenario is invalid.</exception>
    /// <exception cref="FormatException">A fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    WhatIf Explore(Scenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>The what-if exploration of a scenario already validated, without validating it again; otherwise as <see cref="Explore(Scenario, CounterfactualOptions, IProgress{SweepProgress}?, CancellationToken)"/>.</summary>
    /// <param name="scenario">The validated scenario.</param>
    /// <param name="options">What the search may not change.</param>
    /// <param name="progress">Told how far the search has come.</param>
    /// <param name="cancellationToken">Stops the search between assessments.</param>
    /// <returns>The flips found.</returns>
    /// <exception cref="FormatException">A fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    WhatIf Explore(ValidScenario scenario, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default);
}
#pragma warning restore RS0026
