using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>A risk the hedging state runs.</summary>
/// <param name="Risk">The risk.</param>
/// <param name="Power">The great power concerned, where one is.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that drew it and the facts they matched, one entry per offer or event that raises it.</param>
public sealed record RiskFinding(Risk Risk, string? Power, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
