using System.Text.Json.Serialization;
using AllianceRules.Backtesting;
using AllianceRules.Conclusions;
using AllianceRules.Counterfactuals;
using AllianceRules.Engine;
using AllianceRules.Diagnostics;
using AllianceRules.Explanations;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules;

/// <summary>
/// What the rulebook concludes about one scenario. Every conclusion carries the claim IDs of
/// the article it rests on and its justification: the rules that drew it and the facts they
/// matched, down to the input.
/// </summary>
public sealed record Assessment
{
    /// <summary>The name and version of this JSON format, written first in every assessment document.</summary>
    public const string CurrentFormat = "alliance-rules.assessment/v3";

    /// <summary>The format of the assessment document it was written in or read from (<see cref="CurrentFormat"/>).</summary>
    [JsonPropertyOrder(-1)]
    public string Format { get; init; } = CurrentFormat;

    /// <summary>Which scenario was assessed.</summary>
    public required ScenarioSummary Scenario { get; init; }

    /// <summary>The version of the rulebook that drew the conclusions.</summary>
    public required string Rulebook { get; init; }

    /// <summary>
    /// Input that is valid but odd (docs/scenario-format.md, "Warnings"), in the order of the paths
    /// they point at: the rulebook reads the input as given, and a warning never changes a conclusion.
    /// </summary>
    public IReadOnlyList<ScenarioWarning> Warnings { get; init; } = [];

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

    /// <summary>
    /// Every conclusion, of every kind, in a stable order: kind by kind in the order of
    /// <see cref="ConclusionKind"/>, each finding followed by the findings held within it (a
    /// commitment by its gaps), each kind in the order of its list above.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<IFinding> Findings
    {
        get
        {
            var count = 0;
            foreach (var kind in ConclusionDescriptor.TopLevel)
            {
                count += kind.CountIn(this);
            }

            var findings = new List<IFinding>(count * 2);
            foreach (var kind in ConclusionDescriptor.TopLevel)
            {
                kind.AddFindings(this, findings);
            }

            return findings;
        }
    }

    /// <summary>How reports lay out the findings, kind by kind, in the order of <see cref="Findings"/>; gaps are shown with their commitment.</summary>
    internal static IReadOnlyList<ConclusionSection> Sections { get; } = [.. ConclusionDescriptor.All.Select(d => d.Section).OfType<ConclusionSection>()];

    /// <summary>Builds the findings of every kind from what the rules drew, and backtests them against the record.</summary>
    internal static Assessment Create(IFindingSource builder, ScenarioSummary scenario, ObservedOutcome? observed, bool warnings)
    {
        // Each kind builds its findings into the assessment; the posture is the first of them, and always drawn.
        var assessment = new Assessment
        {
            Scenario = scenario,
            Rulebook = RulebookVersion.Current,
            Posture = null!,
            Warnings = warnings ? ScenarioWarnings.Of(builder.Scenario) : [],
        };
        foreach (var kind in ConclusionDescriptor.All)
        {
            assessment = kind.Attach(builder, assessment);
        }

        return observed is null ? assessment : assessment with { Backtest = Backtester.Compare(observed, assessment) };
    }

    /// <summary>The response to an offer of <paramref name="kind"/> from <paramref name="from"/>, or null when the scenario holds no such offer.</summary>
    /// <param name="from">The great power that made the offer.</param>
    /// <param name="kind">The kind of offer.</param>
    /// <returns>The response (a scenario holds at most one offer of a kind from a power, decision D34); where an amendment's rule answers the same offer too, the first of <see cref="Responses"/>.</returns>
    public ResponseFinding? ResponseTo(string from, OfferKind kind)
    {
        ArgumentNullException.ThrowIfNull(from);
        return Responses.FirstOrDefault(r => r.From == from && r.Kind == kind);
    }

    /// <summary>The findings that a key names: none when the rules did not draw it, several where rules (an amendment's beside the article's, say) draw the same key twice.</summary>
    /// <param name="key">The conclusion.</param>
    /// <returns>The findings with that key, in the order of <see cref="Findings"/>.</returns>
    public IReadOnlyList<IFinding> Find(ConclusionKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return [.. Findings.Where(f => f.Key == key)];
    }

    /// <summary>The rulebook and scenario this assessment came from, for explanations.</summary>
    internal (RulebookHost Host, ValidScenario Scenario)? Origin { get; init; }

// RS0026/RS0027: the two overloads differ in their third parameter (CounterfactualOptions or
// IProgress); only a literal null passed there positionally is ambiguous, and that is a compile
// error, never a silent choice of overload.
#pragma warning disable RS0026, RS0027
    /// <summary>
    /// Explains one conclusion: why it was drawn, or, for a value that was not, what stands in
    /// the way and the smallest changes to the input that would draw it.
    /// </summary>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="FormatException">The question does not name a conclusion of this scenario, or asks a value its kind cannot take.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Explanation Explain(string conclusion, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        return Explain(conclusion, CounterfactualOptions.Default, progress, cancellationToken);
    }

    /// <summary>Explains one conclusion as <see cref="Explain(string, IProgress{SweepProgress}?, CancellationToken)"/> does, with a why-not search that changes nothing <paramref name="options"/> holds fixed.</summary>
    /// <param name="conclusion">The question, <c>key</c> or <c>key=value</c> (see <see cref="ConclusionQuery"/>).</param>
    /// <param name="options">What the search may not change (<see cref="CounterfactualOptions.Fixed"/>).</param>
    /// <param name="progress">Told how far the counterfactual search has come.</param>
    /// <param name="cancellationToken">Stops the counterfactual search between assessments.</param>
    /// <returns>The explanation.</returns>
    /// <exception cref="FormatException">The question does not name a conclusion of this scenario, or asks a value its kind cannot take; or a fixed path names nothing the search varies or nothing the scenario holds.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public Explanation Explain(string conclusion, CounterfactualOptions options, IProgress<SweepProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(conclusion);
        ArgumentNullException.ThrowIfNull(options);
        var (host, scenario) = Origin ?? throw new InvalidOperationException("Only an assessment made by an AllianceAssessor can be explained.");
        return Explainer.Explain(host, scenario, this, ConclusionQuery.Parse(conclusion), options, progress, cancellationToken);
    }
#pragma warning restore RS0026, RS0027
}
