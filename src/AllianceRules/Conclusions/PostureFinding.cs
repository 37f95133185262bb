using AllianceRules.Facts;

namespace AllianceRules.Conclusions;

/// <summary>The posture conclusion.</summary>
/// <param name="Value">The posture drawn.</param>
/// <param name="Claims">The claim IDs it rests on, in order.</param>
/// <param name="Because">The rules that drew it and the facts they matched.</param>
public sealed record PostureFinding(Posture Value, IReadOnlyList<string> Claims, IReadOnlyList<Justification> Because);
