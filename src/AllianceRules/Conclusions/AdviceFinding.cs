using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The article's advice to one great power.</summary>
/// <param name="To">The great power advised.</param>
/// <param name="Advice">The advice.</param>
/// <param name="Claims">The claim IDs it rests on.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record AdviceFinding(string To, Advice Advice, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
