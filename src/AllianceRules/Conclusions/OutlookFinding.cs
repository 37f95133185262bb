using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The outlook for an alliance with one great power.</summary>
/// <param name="Power">The great power.</param>
/// <param name="Alliance">How likely an alliance is.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record OutlookFinding(string Power, AllianceOutlook Alliance, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
