using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>One gap in a patron's commitment.</summary>
/// <param name="Gap">What is missing.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record GapFinding(Gap Gap, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
