using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The hedging state's answer to one offer.</summary>
/// <param name="From">The power that made the offer.</param>
/// <param name="Kind">The kind of offer.</param>
/// <param name="Decision">The answer.</param>
/// <param name="Claims">The claim IDs it rests on, in order; empty for <see cref="Decision.NoClaim"/>.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record ResponseFinding(
    string From,
    OfferKind Kind,
    Decision Decision,
    IReadOnlyList<string> Claims,
    IReadOnlyList<Justification> Because);
