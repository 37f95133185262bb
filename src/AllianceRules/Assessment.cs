using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Explanations;

namespace AllianceRules;

/// <summary>
/// What the rulebook concludes about one scenario. Every conclusion carries the claim IDs of
/// the article it rests on and its justification: the rules that drew it and the facts they
/// matched, down to the input.
/// </summary>
public sealed record Assessment
{
    /// <summary>Which scenario was assessed.</summary>
    public required ScenarioSummary Scenario { get; init; }

    /// <summary>The version of the rulebook that drew the conclusions.</summary>
    public required string Rulebook { get; init; }

    /// <summary>The hedging state's posture.</summary>
    public required PostureFinding Posture { get; init; }

    /// <summary>The answer to each offer, one per offer, ordered by power, kind, then the offer's terms.</summary>
    public IReadOnlyList<ResponseFinding> Responses { get; init; } = [];

    /// <summary>What the hedging state needs from each great power, ordered by power then need.</summary>
    public IReadOnlyList<NeedFinding> Needs { get; init; } = [];

    /// <summary>Whether each patron's commitment is credible, while balancing; ordered by power.</summary>
    public IReadOnlyList<CommitmentFinding> Commitments { get; init; } = [];

    /// <summary>The risks, ordered by risk then power.</summary>
    public IReadOnlyList<RiskFinding> Risks { get; init; } = [];

    /// <summary>The outlook for an alliance with each great power, ordered by power.</summary>
    public IReadOnlyList<OutlookFinding> Outlook { get; init; } = [];

    /// <summary>The article's advice to each great power, ordered by power then advice.</summary>
    public IReadOnlyList<AdviceFinding> Advice { get; init; } = [];

    /// <summary>The prediction against the record, when the scenario has an observed outcome.</summary>
    public Backtest? Backtest { get; init; }

    /// <summary>The assessor and scenario this assessment came from, for explanations.</summary>
    internal (AllianceAssessor Assessor, Scenario Scenario)? Origin { get; init; }

    /// <summary>
    /// Explains one conclusion: why it was drawn, or, for a value that was not, what stands in
    /// the way and the smallest changes to the input that would draw it.
    /// </summary>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="FormatException">The question does not name a conclusion.</exception>
    public Explanation Explain(string conclusion)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        var (assessor, scenario) = Origin ?? throw new InvalidOperationException("Only an assessment made by an AllianceAssessor can be explained.");
        return assessor.Explain(scenario, conclusion);
    }
}
