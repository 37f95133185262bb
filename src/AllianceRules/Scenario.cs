using System.Text.Json.Serialization;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules;

/// <summary>
/// The typed input of an assessment: the state of relations (the only required part), the
/// great powers and what they offer, geography and coercion, plus descriptive metadata and,
/// for historical episodes, what was observed to happen.
/// </summary>
public sealed record Scenario
{
    // The JSON source generator sets every init-only property of a type with required members,
    // passing null for an absent one; the init accessors coalesce null back to the default.
    private readonly ScenarioRoles _roles = ScenarioRoles.Default;
    private readonly IReadOnlyList<GreatPower> _powers = [];
    private readonly IReadOnlyList<GeographyConstraint> _geography = [];
    private readonly IReadOnlyList<GreatPowerOffer> _offers = [];
    private readonly IReadOnlyList<CoercionEvent> _coercion = [];
    private readonly IReadOnlyList<string> _claims = [];
    private readonly IReadOnlyList<string> _codingDecisions = [];
    private readonly IReadOnlyList<string> _notes = [];
    private readonly IReadOnlyList<string> _sources = [];

    /// <summary>
    /// The JSON Schema the file follows (JSON <c>$schema</c>), so that editors can check it as it is
    /// written; not read by the rules. The project's schema is <c>docs/scenario.schema.json</c>.
    /// </summary>
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; }

    /// <summary>A stable identifier, for example <c>1978-soviet-alliance</c>.</summary>
    public string? Id { get; init; }

    /// <summary>A human-readable title.</summary>
    public string? Title { get; init; }

    /// <summary>When the scenario takes place, as written in the record (a date, a year, a range, or <c>hypothetical</c>).</summary>
    public string? Date { get; init; }

    /// <summary>Who plays the hedging state and the neighbour; defaults to the article's roles.</summary>
    public ScenarioRoles Roles { get => _roles; init => _roles = value ?? ScenarioRoles.Default; }

    /// <summary>The state of relations between the hedging state and its neighbour.</summary>
    public required RelationState Relation { get; init; }

    /// <summary>The great powers in play; names are unique.</summary>
    public IReadOnlyList<GreatPower> Powers { get => _powers; init => _powers = value ?? []; }

    /// <summary>Land borders and overseas reach.</summary>
    public IReadOnlyList<GeographyConstraint> Geography { get => _geography; init => _geography = value ?? []; }

    /// <summary>What the great powers offer the hedging state.</summary>
    public IReadOnlyList<GreatPowerOffer> Offers { get => _offers; init => _offers = value ?? []; }

    /// <summary>The neighbour's acts of coercion.</summary>
    public IReadOnlyList<CoercionEvent> Coercion { get => _coercion; init => _coercion = value ?? []; }

    /// <summary>What actually happened, for a historical episode; compared with the prediction in a backtest.</summary>
    public ObservedOutcome? Observed { get; init; }

    /// <summary>The article's claims this scenario is evidence for or illustrates, by ID (for example <c>C21</c>).</summary>
    public IReadOnlyList<string> Claims { get => _claims; init => _claims = value ?? []; }

    /// <summary>
    /// The project's decisions the coding of this scenario rests on, by ID (for example <c>D6</c>):
    /// readings of the record that chose a level, an attribute, an offer or a figure
    /// (<c>docs/codebook.md</c>). The scorecard shows them beside the episode's score.
    /// </summary>
    public IReadOnlyList<string> CodingDecisions { get => _codingDecisions; init => _codingDecisions = value ?? []; }

    /// <summary>Notes for the reader, such as where the record differs from the article.</summary>
    public IReadOnlyList<string> Notes { get => _notes; init => _notes = value ?? []; }

    /// <summary>Where the facts come from.</summary>
    public IReadOnlyList<string> Sources { get => _sources; init => _sources = value ?? []; }
}
