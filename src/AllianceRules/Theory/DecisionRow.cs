using AllianceRules.Facts;

namespace AllianceRules.Theory;

/// <summary>
/// One row of the decision table: a point of the input space (one great power, one offer) and
/// what the rulebook concludes there.
/// </summary>
/// <param name="Level">The state of relations.</param>
/// <param name="SettlementFailed">Whether the attempt to settle failed.</param>
/// <param name="Stance">The power's stance toward the neighbour.</param>
/// <param name="Resolve">The power's resolve.</param>
/// <param name="LandBorder">Whether the power borders the neighbour.</param>
/// <param name="AvoidsLandWar">Whether the power avoids a land war.</param>
/// <param name="Offer">What the power offers.</param>
/// <param name="Domains">The domains the offer covers (<c>Land</c>, <c>Sea</c>, <c>Land+Sea</c>, or <c>—</c>).</param>
/// <param name="Aid">For aid, whether it is <c>at benchmark</c> or <c>below benchmark</c>; otherwise <c>—</c>.</param>
/// <param name="Posture">The posture drawn, or <c>(rulebook error)</c> when the rule set drew none or several (an amendment may do that).</param>
/// <param name="Response">The answer to the offer.</param>
/// <param name="Commitment"><c>credible</c>, <c>not credible: gaps…</c>, or <c>—</c> when not judged (not balancing, or not a patron).</param>
/// <param name="Outlook">The outlook for an alliance with the power, or <c>—</c>.</param>
/// <param name="Risks">The risks drawn, in rulebook order, or <c>—</c>.</param>
public sealed record DecisionRow(
    RelationLevel Level,
    bool SettlementFailed,
    Stance Stance,
    Resolve Resolve,
    bool LandBorder,
    bool AvoidsLandWar,
    OfferKind Offer,
    string Domains,
    string Aid,
    string Posture,
    string Response,
    string Commitment,
    string Outlook,
    string Risks)
{
    /// <summary>The inputs of the row, as one comparable key.</summary>
    public string InputKey =>
        $"{Level}|{SettlementFailed}|{Stance}|{Resolve}|{LandBorder}|{AvoidsLandWar}|{Offer}|{Domains}|{Aid}";

    /// <summary>The conclusions of the row, as one comparable value.</summary>
    public string OutcomeKey => $"{Posture}|{Response}|{Commitment}|{Outlook}|{Risks}";
}
