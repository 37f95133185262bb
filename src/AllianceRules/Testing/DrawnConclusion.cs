using AllianceRules.Conclusions;

namespace AllianceRules.Testing;

/// <summary>A conclusion the rules drew, with what drew it: shown beside a failed expectation.</summary>
/// <param name="Key">The conclusion.</param>
/// <param name="Value">Its value.</param>
/// <param name="Rules">The rules that drew it (its findings' <see cref="IFinding.Because"/>), ordered by name.</param>
/// <param name="Claims">The claims it rests on (its findings' <see cref="IFinding.Claims"/>), in order.</param>
public sealed record DrawnConclusion(ConclusionKey Key, string Value, IReadOnlyList<string> Rules, IReadOnlyList<string> Claims);
