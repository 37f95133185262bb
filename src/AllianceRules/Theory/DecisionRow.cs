using System.Text.Json.Serialization;
using AllianceRules.Conclusions;
using AllianceRules.Facts;

namespace AllianceRules.Theory;

/// <summary>
/// One row of the decision table: a point of the input space (one great power, one offer) and
/// what the rulebook concludes there, as typed values.
/// </summary>
/// <param name="Level">The state of relations.</param>
/// <param name="SettlementFailed">Whether the attempt to settle failed.</param>
/// <param name="Stance">The power's stance toward the neighbour.</param>
/// <param name="Resolve">The power's resolve.</param>
/// <param name="LandBorder">Whether the power borders the neighbour.</param>
/// <param name="AvoidsLandWar">Whether the power avoids a land war.</param>
/// <param name="Offer">What the power offers.</param>
/// <param name="Domains">The domains the offer covers; empty for offers that name none.</param>
/// <param name="AidAtBenchmark">For aid, whether it meets the aid benchmark; null for other offers.</param>
public sealed record DecisionRow(
    RelationLevel Level,
    bool SettlementFailed,
    Stance Stance,
    Resolve Resolve,
    bool LandBorder,
    bool AvoidsLandWar,
    OfferKind Offer,
    IReadOnlyList<Domain> Domains,
    bool? AidAtBenchmark)
{
    /// <summary>The posture drawn; null when the rule set failed on this row (see <see cref="Error"/>).</summary>
    public Posture? Posture { get; init; }

    /// <summary>The answer to the offer; null when the rule set failed.</summary>
    public Decision? Response { get; init; }

    /// <summary>Whether the power's commitment is credible; null when it is not judged (not balancing, or not a patron).</summary>
    public bool? Credible { get; init; }

    /// <summary>What the commitment lacks, in rulebook order; empty when credible or not judged.</summary>
    public IReadOnlyList<Gap> Gaps { get; init; } = [];

    /// <summary>The outlook for an alliance with the power; null when none was drawn.</summary>
    public AllianceOutlook? Outlook { get; init; }

    /// <summary>The risks drawn, in rulebook order.</summary>
    public IReadOnlyList<Risk> Risks { get; init; } = [];

    /// <summary>What went wrong when the rule set drew no assessment for this row (an amendment may cause that); null otherwise.</summary>
    public string? Error { get; init; }

    /// <summary>Every conclusion of the row, for comparisons and the rulebook's fingerprint.</summary>
    [JsonIgnore]
    public ConclusionMap? Conclusions { get; init; }

    /// <summary>Every conclusion of the row with the rules, claims and decisions that drew it, ordered by key; empty when the rule set failed.</summary>
    [JsonIgnore]
    public IReadOnlyList<TheoryConclusion> Drawn { get; init; } = [];

    /// <summary>The inputs of the row, as one comparable key.</summary>
    [JsonIgnore]
    public string InputKey =>
        $"{Level}|{SettlementFailed}|{Stance}|{Resolve}|{LandBorder}|{AvoidsLandWar}|{Offer}|{string.Join("+", Domains)}|{AidAtBenchmark}";

    /// <summary>The conclusions of the row, as one comparable value.</summary>
    [JsonIgnore]
    public string OutcomeKey =>
        Error ?? $"{Posture}|{Response}|{Credible}|{string.Join(",", Gaps)}|{Outlook}|{string.Join(",", Risks)}";

    /// <summary>The row as text, one cell per column of the decision table (inputs, then conclusions); <paramref name="none"/> where a cell has no value.</summary>
    internal string[] Cells(string none = NoValue) =>
    [
        Level.ToString(), Bool(SettlementFailed), Stance.ToString(), Resolve.ToString(), Bool(LandBorder),
        Bool(AvoidsLandWar), Offer.ToString(),
        Domains.Count == 0 ? none : string.Join("+", Domains),
        AidAtBenchmark switch { true => "at benchmark", false => "below benchmark", null => none },
        Error is null ? Posture.ToString()! : DecisionTable.RulebookError,
        Response?.ToString() ?? none,
        Credible switch { null => none, true => "credible", false => "not credible: " + string.Join(", ", Gaps) },
        Outlook?.ToString() ?? none,
        Risks.Count == 0 ? none : string.Join(", ", Risks),
    ];

    private const string NoValue = "—";

    private static string Bool(bool value) => value ? "true" : "false";
}
