using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>Something the hedging state needs from a great power.</summary>
/// <param name="From">The great power.</param>
/// <param name="Need">What it needs.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record NeedFinding(string From, Need Need, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
